#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace ccbulk::ui {

// Every message box and file dialog of the app goes through here, so that a
// GUI test can answer them in advance (setResponder) and never hangs on a
// modal dialog.
class Prompts
{
public:
    enum class Kind
    {
        Question,
        Message,
        SaveFile,
        OpenFile
    };
    // What the app asked; a responder returns the answer: for a question
    // the chosen choice's text, for a file dialog the path, for a message
    // anything (ignored).
    struct Request
    {
        Kind kind = Kind::Message;
        QString title;
        QString text;        // the message, or the suggested path
        QStringList choices; // a question's buttons; a file dialog's filter
    };
    using Responder = std::function<QString(const Request &)>;

    // Null: real dialogs.
    static void setResponder(Responder responder);

    // Asks and returns the index of the chosen choice, or -1 when the user
    // closed the box (Escape counts as escapeChoice).
    static int ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                   const QString &text, const QStringList &choices, int defaultChoice,
                   int escapeChoice);
    static void tell(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                     const QString &text);
    // Empty when the user cancelled.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                                const QString &filter);
};

} // namespace ccbulk::ui

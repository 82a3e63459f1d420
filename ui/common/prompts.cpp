#include "prompts.h"

#include <QFileDialog>
#include <QPushButton>

namespace ccbulk::ui {

namespace {

Prompts::Responder &responder()
{
    static Prompts::Responder instance;
    return instance;
}

} // namespace

void Prompts::setResponder(Responder answer)
{
    responder() = std::move(answer);
}

int Prompts::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                 const QStringList &choices, int defaultChoice, int escapeChoice)
{
    if (responder()) {
        return int(choices.indexOf(responder()({Kind::Question, title, text, choices})));
    }
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    QList<QPushButton *> buttons;
    for (const QString &choice : choices) {
        buttons << box.addButton(choice, QMessageBox::ActionRole);
    }
    if (defaultChoice >= 0 && defaultChoice < buttons.size()) {
        box.setDefaultButton(buttons.at(defaultChoice));
    }
    if (escapeChoice >= 0 && escapeChoice < buttons.size()) {
        box.setEscapeButton(buttons.at(escapeChoice));
    }
    box.exec();
    return int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

void Prompts::tell(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                   const QString &text)
{
    if (responder()) {
        responder()({Kind::Message, title, text, {}});
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}

QString Prompts::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                              const QString &filter)
{
    if (responder()) {
        return responder()({Kind::SaveFile, title, suggestedPath, {filter}});
    }
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

QString Prompts::openFileName(QWidget *parent, const QString &title, const QString &folder,
                              const QString &filter)
{
    if (responder()) {
        return responder()({Kind::OpenFile, title, folder, {filter}});
    }
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

} // namespace ccbulk::ui

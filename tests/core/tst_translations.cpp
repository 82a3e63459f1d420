// The translation catalogues: complete, consistent with their sources, and
// compiled into the core library so that switching language takes effect.

#include "i18n/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace ccbulk;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readCatalogue(const QString &language)
{
    QFile file(QStringLiteral(CCBULK_TRANSLATIONS_DIR "/ccbulk_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message") {
                messages << current;
            }
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            current.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!current.numerus) {
                current.translations << xml.readElementText();
            }
        } else if (xml.name() == u"numerusform") {
            current.translations << xml.readElementText();
        }
    }
    if (xml.hasError()) {
        qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(xml.errorString()));
    }
    return messages;
}

// The placeholders a text uses: %1..%9, %n, %Ln.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        found << it.next().captured(1);
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void switchingLanguageTranslatesCoreMessages();
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("sv") << QStringLiteral("sv");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, language);
    const QList<Message> messages = readCatalogue(language);
    QVERIFY(messages.size() > 50);
    for (const Message &message : messages) {
        const QByteArray where = (message.context + QStringLiteral(": ") + message.source).toUtf8();
        QVERIFY2(message.type.isEmpty(), where.constData());
        QVERIFY2(!message.translations.isEmpty(), where.constData());
        // Swedish and English both have two plural forms.
        QVERIFY2(!message.numerus || message.translations.size() == 2, where.constData());
        for (const QString &translation : message.translations) {
            QVERIFY2(!translation.isEmpty(), where.constData());
            QVERIFY2(placeholders(translation) == placeholders(message.source),
                     QByteArray(where + " -> " + translation.toUtf8()).constData());
        }
    }
}

void TestTranslations::switchingLanguageTranslatesCoreMessages()
{
    const char *context = "ccbulk::RowChecker";
    const char *source = "A value is required.";
    QCOMPARE(setUiLanguage(QStringLiteral("sv")), QStringLiteral("sv"));
    QCOMPARE(uiLanguage(), QStringLiteral("sv"));
    QCOMPARE(QCoreApplication::translate(context, source), QStringLiteral("Ett värde krävs."));
    QCOMPARE(QCoreApplication::translate("ccbulk::cli::CliCommands", "%n warning(s)", nullptr, 2),
             QStringLiteral("2 varningar"));
    QCOMPARE(setUiLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate(context, source), QString::fromLatin1(source));
    QCOMPARE(QCoreApplication::translate("ccbulk::cli::CliCommands", "%n warning(s)", nullptr, 1),
             QStringLiteral("1 warning"));
    // Anything else falls back to the system's language, which is one of ours.
    QVERIFY(isSupportedLanguage(setUiLanguage(QStringLiteral("xx"))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

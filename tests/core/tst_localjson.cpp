// localjson: the text of the local tenant's fields and children columns,
// written as UTF-8 and read back, including JSON that other writers wrote.

#include "tenant/local/localjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ccbulk;
using namespace Qt::StringLiterals;

namespace {

// The format, written the plain way: one character at a time.
QString quoted(const QString &text)
{
    QString json(u'"');
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            json += u'\\';
            json += c;
        } else if (c == u'\n') {
            json += u"\\n"_s;
        } else if (c == u'\r') {
            json += u"\\r"_s;
        } else if (c == u'\t') {
            json += u"\\t"_s;
        } else if (c.unicode() < 0x20) {
            json += u"\\u%1"_s.arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            json += c;
        }
    }
    return json + u'"';
}

QString reference(const FieldMap &fields)
{
    QStringList keys = fields.keys();
    keys.sort();
    QStringList members;
    for (const QString &key : std::as_const(keys)) {
        members << quoted(key) + u':' + quoted(fields.value(key));
    }
    return u'{' + members.join(u',') + u'}';
}

QByteArray written(const FieldMap &fields)
{
    localjson::FieldsWriter writer;
    return writer.write(fields);
}

} // namespace

class TestLocalJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesSortedUtf8_data();
    void writesSortedUtf8();
    void writesEveryPlaceOfASpecialCharacter();
    void loneSurrogateBecomesReplacement();
    void writerFollowsChangingKeys();
    void children();
    void readsOtherWritersJson_data();
    void readsOtherWritersJson();
    void refusesWhatIsNotFields_data();
    void refusesWhatIsNotFields();
};

void TestLocalJson::writesSortedUtf8_data()
{
    QTest::addColumn<FieldMap>("fields");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << FieldMap() << QByteArray("{}");
    QTest::newRow("sorted keys, empty value")
        << FieldMap{{u"Name"_s, u"Q"_s}, {u"B"_s, QString()}, {u"Description"_s, u"x"_s}}
        << QByteArray(R"({"B":"","Description":"x","Name":"Q"})");
    QTest::newRow("escapes") << FieldMap{{u"K\"ey"_s, u"a\"b\\c\x01"
                                                      "d\te\r\nf\x1f"
                                                      "g\x7f"_s}}
                             << QByteArray(R"({"K\"ey":"a\"b\\c\u0001d\te\r\nf\u001fg)") + '\x7f' +
                                    "\"}";
    QTest::newRow("beyond ASCII") << FieldMap{{u"Namn"_s, u"Kö Örebro – € 🇸🇪"_s}}
                                  << (u"{\"Namn\":\"Kö Örebro – € 🇸🇪\"}"_s).toUtf8();
}

void TestLocalJson::writesSortedUtf8()
{
    QFETCH(FieldMap, fields);
    QFETCH(QByteArray, expected);
    const QByteArray json = written(fields);
    QCOMPARE(json, expected);
    QCOMPARE(QString::fromUtf8(json), reference(fields));
    QCOMPARE(localjson::decodeFields(json), std::optional<FieldMap>(fields));
    // QJsonDocument reads it as the same fields.
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QCOMPARE(object.size(), fields.size());
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QCOMPARE(object.value(it.key()).toString(), it.value());
    }
}

void TestLocalJson::writesEveryPlaceOfASpecialCharacter()
{
    // Plain ASCII is written several characters at a time: a character that
    // is not plain goes anywhere in or after such a run.
    const QStringList specials{u"\""_s, u"\\"_s, u"\x01"_s, u"\n"_s, u"é"_s,
                               u"€"_s,  u"😀"_s,  u"\x7f"_s, u" "_s};
    for (const QString &special : specials) {
        for (int length = 0; length <= 12; ++length) {
            for (int at = 0; at <= length; ++at) {
                const QString value =
                    QString(at, u'a') + special + QString(length - at, u'b') + special;
                const FieldMap fields{{u"Name"_s, value}, {QString(length, u'k'), value}};
                const QByteArray json = written(fields);
                QCOMPARE(QString::fromUtf8(json), reference(fields));
                QCOMPARE(localjson::decodeFields(json), std::optional<FieldMap>(fields));
            }
        }
    }
}

void TestLocalJson::loneSurrogateBecomesReplacement()
{
    const FieldMap fields{{u"Name"_s, u"a"_s + QChar(0xd800) + u"b"_s + QChar(0xdc00)}};
    const QByteArray json = written(fields);
    QCOMPARE(json, (u"{\"Name\":\"a\ufffdb\ufffd\"}"_s).toUtf8());
}

void TestLocalJson::writerFollowsChangingKeys()
{
    // One writer, maps of other keys one after another: each is written with
    // its own keys, sorted.
    localjson::FieldsWriter writer;
    const QList<FieldMap> maps{
        {{u"Name"_s, u"A"_s}, {u"Site"_s, u"S"_s}},
        {{u"Name"_s, u"B"_s}, {u"Site"_s, u"T"_s}},
        {{u"Name"_s, u"C"_s}},
        {{u"Name"_s, u"D"_s}, {u"Team"_s, u"U"_s}},
        {{u"Name"_s, u"E"_s}, {u"Site"_s, u"V"_s}, {u"Alpha"_s, u"W"_s}},
        {},
        {{u"Name"_s, u"F"_s}, {u"Site"_s, u"X"_s}},
    };
    for (const FieldMap &fields : maps) {
        QCOMPARE(QString::fromUtf8(writer.write(fields)), reference(fields));
    }
}

void TestLocalJson::children()
{
    QCOMPARE(localjson::encodeChildren({}), QByteArray("[]"));
    const QList<FieldMap> children{{{u"Seq"_s, u"1"_s}, {u"Teams"_s, u"A|B"_s}},
                                   {},
                                   {{u"Seq"_s, u"2"_s}, {u"Teams"_s, u"Ö\"st"_s}}};
    const QByteArray json = localjson::encodeChildren(children);
    QCOMPARE(QString::fromUtf8(json),
             u"[%1,%2,%3]"_s.arg(reference(children.at(0)), reference(children.at(1)),
                                 reference(children.at(2))));
    QCOMPARE(localjson::decodeChildren(json), std::optional<QList<FieldMap>>(children));
    QCOMPARE(localjson::decodeChildren("[]"), std::optional<QList<FieldMap>>(QList<FieldMap>()));
}

void TestLocalJson::readsOtherWritersJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<FieldMap>("expected");

    QTest::newRow("white space") << QByteArray(R"( { "Name" : "A" , "B" : "" } )")
                                 << FieldMap{{u"Name"_s, u"A"_s}, {u"B"_s, QString()}};
    QTest::newRow("escapes of every kind")
        << QByteArray(R"({"Name":"\/\b\f\u00e5\u20AC\ud83d\ude00\"\\"})")
        << FieldMap{{u"Name"_s, u"/\b\få€😀\"\\"_s}};
    QTest::newRow("unsorted keys")
        << QByteArray(R"({"Z":"1","A":"2"})") << FieldMap{{u"Z"_s, u"1"_s}, {u"A"_s, u"2"_s}};
}

void TestLocalJson::readsOtherWritersJson()
{
    QFETCH(QByteArray, json);
    QFETCH(FieldMap, expected);
    QCOMPARE(localjson::decodeFields(json), std::optional<FieldMap>(expected));
    QCOMPARE(localjson::decodeChildren(QByteArray('[' + json + ",{}]")),
             std::optional<QList<FieldMap>>(QList<FieldMap>{expected, FieldMap()}));
}

void TestLocalJson::refusesWhatIsNotFields_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("{\"Name\":");
    QTest::newRow("a number") << QByteArray(R"({"Name":5})");
    QTest::newRow("an object") << QByteArray(R"({"Name":{}})");
    QTest::newRow("an array") << QByteArray(R"(["Name"])");
    QTest::newRow("text after") << QByteArray(R"({"Name":"A"}x)");
}

void TestLocalJson::refusesWhatIsNotFields()
{
    QFETCH(QByteArray, json);
    QVERIFY(!localjson::decodeFields(json));
    QVERIFY(!localjson::decodeChildren(json));
    if (!json.isEmpty()) {
        QVERIFY(!localjson::decodeChildren(QByteArray('[' + json + ']')));
    }
}

QTEST_GUILESS_MAIN(TestLocalJson)
#include "tst_localjson.moc"

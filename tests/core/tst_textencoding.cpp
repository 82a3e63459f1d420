// Utf8Validator, isValidUtf8, appendUtf8 and appendWindows1252: the checks that
// decide a CSV file's encoding and the decoders, and the block scans behind
// them (bytescan.h), at every position relative to a block.

#include "csv/bytescan.h"
#include "csv/textencoding.h"

#include <QRandomGenerator>
#include <QTest>

#include <string>

using namespace ccbulk;

namespace {

QString decodeWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *const end = appendWindows1252(text.data(), bytes);
    text.truncate(end - text.constData());
    return text;
}

} // namespace

class TestTextEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isValidUtf8_data();
    void isValidUtf8();
    void validatorAcrossFeeds_data();
    void validatorAcrossFeeds();
    void everySplitMatchesWhole_data();
    void everySplitMatchesWhole();
    void invalidStaysInvalid();
    void windows1252_data();
    void windows1252();
    void windows1252HighTable_data();
    void windows1252HighTable();
    void windows1252AppendsAtPosition();
    void validityAtEveryOffset_data();
    void validityAtEveryOffset();
    void utf8DecodingAtEveryOffset_data();
    void utf8DecodingAtEveryOffset();
    void firstCandidateMatchesByteByByte();
    void findUnitAtEveryPosition();
};

void TestTextEncoding::isValidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii short") << QByteArray("abc") << true;
    QTest::newRow("ascii long") << QByteArray("Name,Email,Phone number,Team\r\n") << true;
    QTest::newRow("ascii with NUL") << QByteArray("a\0b", 3) << true;
    QTest::newRow("ascii DEL") << QByteArray("\x7F") << true;

    // Two bytes: U+0080..U+07FF.
    QTest::newRow("2-byte a-ring") << QByteArray("\xC3\xA5") << true;
    QTest::newRow("2-byte lowest U+0080") << QByteArray("\xC2\x80") << true;
    QTest::newRow("2-byte highest U+07FF") << QByteArray("\xDF\xBF") << true;
    QTest::newRow("2-byte Swedish")
        << QByteArray("\xC3\xA5\xC3\xA4\xC3\xB6\xC3\x85\xC3\x84\xC3\x96") << true;
    QTest::newRow("2-byte after 8 ASCII") << QByteArray("12345678\xC3\xA5") << true;
    QTest::newRow("2-byte after 7 ASCII") << QByteArray("1234567\xC3\xA5") << true;
    QTest::newRow("overlong C0 80 (NUL)") << QByteArray("\xC0\x80") << false;
    QTest::newRow("overlong C1 BF") << QByteArray("\xC1\xBF") << false;

    // Three bytes: U+0800..U+FFFF without surrogates.
    QTest::newRow("3-byte euro") << QByteArray("\xE2\x82\xAC") << true;
    QTest::newRow("3-byte lowest U+0800") << QByteArray("\xE0\xA0\x80") << true;
    QTest::newRow("3-byte U+FFFF") << QByteArray("\xEF\xBF\xBF") << true;
    QTest::newRow("3-byte BOM") << QByteArray("\xEF\xBB\xBF") << true;
    QTest::newRow("3-byte U+D7FF before surrogates") << QByteArray("\xED\x9F\xBF") << true;
    QTest::newRow("3-byte U+E000 after surrogates") << QByteArray("\xEE\x80\x80") << true;
    QTest::newRow("overlong E0 80 80") << QByteArray("\xE0\x80\x80") << false;
    QTest::newRow("overlong E0 9F BF") << QByteArray("\xE0\x9F\xBF") << false;
    QTest::newRow("surrogate U+D800") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("surrogate U+DFFF") << QByteArray("\xED\xBF\xBF") << false;
    QTest::newRow("surrogate pair as CESU-8") << QByteArray("\xED\xA0\xBD\xED\xB8\x80") << false;

    // Four bytes: U+10000..U+10FFFF.
    QTest::newRow("4-byte emoji") << QByteArray("\xF0\x9F\x98\x80") << true;
    QTest::newRow("4-byte lowest U+10000") << QByteArray("\xF0\x90\x80\x80") << true;
    QTest::newRow("4-byte highest U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << true;
    QTest::newRow("overlong F0 8F BF BF") << QByteArray("\xF0\x8F\xBF\xBF") << false;
    QTest::newRow("above U+10FFFF F4 90") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("above U+10FFFF F5") << QByteArray("\xF5\x80\x80\x80") << false;
    QTest::newRow("lead F8 (5-byte form)") << QByteArray("\xF8\x88\x80\x80\x80") << false;
    QTest::newRow("byte FE") << QByteArray("\xFE") << false;
    QTest::newRow("byte FF") << QByteArray("\xFF") << false;

    // Truncated or broken sequences.
    QTest::newRow("truncated 2-byte at end") << QByteArray("abc\xC3") << false;
    QTest::newRow("truncated 3-byte at end") << QByteArray("abc\xE2\x82") << false;
    QTest::newRow("truncated 4-byte at end") << QByteArray("\xF0\x9F\x98") << false;
    QTest::newRow("truncated after 16 ASCII") << QByteArray("abcdefghijklmnop\xC3") << false;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    QTest::newRow("continuation after ASCII") << QByteArray("abcdefgh\xBF") << false;
    QTest::newRow("lead then ASCII") << QByteArray("\xC3"
                                                   "A")
                                     << false;
    QTest::newRow("3-byte lead then ASCII") << QByteArray("\xE2\x82"
                                                          "A")
                                            << false;
    QTest::newRow("lead then lead") << QByteArray("\xC3\xC3\xA5") << false;
    QTest::newRow("too many continuations") << QByteArray("\xC3\xA5\xA5") << false;

    // What Excel on Windows writes for Swedish text.
    QTest::newRow("Windows-1252 a-ring") << QByteArray("\xE5") << false;
    QTest::newRow("Windows-1252 Swedish") << QByteArray("Malm\xF6 \xC5sa \xE4r h\xE4r") << false;
    QTest::newRow("Windows-1252 euro") << QByteArray("5 \x80") << false;
}

void TestTextEncoding::isValidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(ccbulk::isValidUtf8(bytes), valid);

    Utf8Validator validator;
    validator.feed(bytes);
    QCOMPARE(validator.finish(), valid);
}

void TestTextEncoding::validatorAcrossFeeds_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<bool>("validAfterFirst");
    QTest::addColumn<bool>("finishedAfterFirst");
    QTest::addColumn<bool>("validAtEnd");

    QTest::newRow("ascii") << QByteArray("ab") << QByteArray("cd") << true << true << true;
    QTest::newRow("2-byte split") << QByteArray("x\xC3") << QByteArray("\xA5y") << true << false
                                  << true;
    QTest::newRow("3-byte split after lead")
        << QByteArray("\xE2") << QByteArray("\x82\xAC") << true << false << true;
    QTest::newRow("3-byte split before last")
        << QByteArray("\xE2\x82") << QByteArray("\xAC") << true << false << true;
    QTest::newRow("4-byte split in the middle")
        << QByteArray("\xF0\x9F") << QByteArray("\x98\x80") << true << false << true;
    QTest::newRow("4-byte split before last")
        << QByteArray("\xF0\x9F\x98") << QByteArray("\x80") << true << false << true;
    // The bounds on the second byte carry over to the next feed().
    QTest::newRow("overlong E0 split")
        << QByteArray("\xE0") << QByteArray("\x80\x80") << true << false << false;
    QTest::newRow("surrogate ED split")
        << QByteArray("\xED") << QByteArray("\xA0\x80") << true << false << false;
    QTest::newRow("overlong F0 split")
        << QByteArray("\xF0") << QByteArray("\x8F\xBF\xBF") << true << false << false;
    QTest::newRow("above U+10FFFF split")
        << QByteArray("\xF4") << QByteArray("\x90\x80\x80") << true << false << false;
    QTest::newRow("lead then ASCII in next feed")
        << QByteArray("\xF0\x9F\x98") << QByteArray("A") << true << false << false;
    QTest::newRow("invalid in first feed")
        << QByteArray("\xFF") << QByteArray("abc") << false << false << false;
    QTest::newRow("second feed empty")
        << QByteArray("\xC3") << QByteArray() << true << false << false;
}

void TestTextEncoding::validatorAcrossFeeds()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(bool, validAfterFirst);
    QFETCH(bool, finishedAfterFirst);
    QFETCH(bool, validAtEnd);

    Utf8Validator validator;
    QCOMPARE(validator.feed(first), validAfterFirst);
    QCOMPARE(validator.isValid(), validAfterFirst);
    QCOMPARE(validator.finish(), finishedAfterFirst);
    validator.feed(second);
    QCOMPARE(validator.finish(), validAtEnd);
    QCOMPARE(ccbulk::isValidUtf8(QByteArray(first + second)), validAtEnd);
}

void TestTextEncoding::everySplitMatchesWhole_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("mixed valid") << QByteArray("Hej \xC3\xA5\xC3\xA4\xC3\xB6 \xE2\x82\xAC "
                                               "\xF0\x9F\x98\x80 and some ASCII text");
    QTest::newRow("long ASCII then emoji") << QByteArray("0123456789abcdef0123\xF0\x9F\x98\x80");
    QTest::newRow("surrogate in the middle") << QByteArray("abcdefgh\xED\xA0\x80ijklmnop");
    QTest::newRow("Windows-1252") << QByteArray("Malm\xF6;G\xF6teborg;\xC5re");
    QTest::newRow("truncated at end") << QByteArray("0123456789\xF0\x9F\x98");
}

// The validator gives the same answer however the bytes are cut into feeds.
void TestTextEncoding::everySplitMatchesWhole()
{
    QFETCH(QByteArray, bytes);
    const bool whole = ccbulk::isValidUtf8(bytes);
    for (qsizetype split = 0; split <= bytes.size(); ++split) {
        Utf8Validator validator;
        validator.feed(QByteArrayView(bytes).first(split));
        validator.feed(QByteArrayView(bytes).sliced(split));
        QVERIFY2(validator.finish() == whole, qPrintable(QStringLiteral("split at %1").arg(split)));
    }
    Utf8Validator byteByByte;
    for (const char byte : bytes) {
        byteByByte.feed(QByteArrayView(&byte, 1));
    }
    QCOMPARE(byteByByte.finish(), whole);
}

void TestTextEncoding::invalidStaysInvalid()
{
    Utf8Validator validator;
    QVERIFY(validator.feed("abc"));
    QVERIFY(!validator.feed("\xC0\x80"));
    QVERIFY(!validator.feed("plain ASCII"));
    QVERIFY(!validator.isValid());
    QVERIFY(!validator.finish());
}

void TestTextEncoding::windows1252_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("ascii") << QByteArray("Name,Email") << QStringLiteral("Name,Email");
    QTest::newRow("Swedish lower") << QByteArray("\xE5\xE4\xF6") << QStringLiteral(u"åäö");
    QTest::newRow("Swedish upper") << QByteArray("\xC5\xC4\xD6") << QStringLiteral(u"ÅÄÖ");
    QTest::newRow("Swedish words")
        << QByteArray("Malm\xF6 G\xF6teborg \xC5re") << QStringLiteral(u"Malmö Göteborg Åre");
    QTest::newRow("euro") << QByteArray("100 \x80") << QStringLiteral(u"100 €");
    QTest::newRow("smart quotes and dash")
        << QByteArray("\x93x\x94 \x96 \x91y\x92") << QStringLiteral(u"“x” – ‘y’");
    QTest::newRow("NUL") << QByteArray("\0", 1) << QString(QChar(u'\0'));
    QTest::newRow("DEL") << QByteArray("\x7F") << QString(QChar(u'\x7F'));
    QTest::newRow("no-break space") << QByteArray("\xA0") << QString(QChar(u'\xA0'));
    QTest::newRow("y diaeresis FF") << QByteArray("\xFF") << QStringLiteral(u"ÿ");
    QTest::newRow("undefined bytes")
        << QByteArray("\x81\x8D\x8F\x90\x9D") << QStringLiteral(u"\u0081\u008D\u008F\u0090\u009D");
}

void TestTextEncoding::windows1252()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(decodeWindows1252(bytes), text);
}

void TestTextEncoding::windows1252HighTable_data()
{
    QTest::addColumn<int>("byte");
    QTest::addColumn<int>("codePoint");

    // Unicode's cp1252 mapping (WindowsBestFit), written out independently of
    // the implementation. The five undefined bytes map to the C1 control of
    // the same value, as MultiByteToWideChar does.
    static constexpr int kTable[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88-8F
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98-9F
    };
    for (int byte = 0x80; byte <= 0x9F; ++byte) {
        QTest::addRow("0x%02X", byte) << byte << kTable[byte - 0x80];
    }
    // Either side of the table is Latin-1.
    QTest::addRow("0x7E") << 0x7E << 0x7E;
    QTest::addRow("0xA0") << 0xA0 << 0xA0;
    QTest::addRow("0xE5") << 0xE5 << 0xE5;
}

void TestTextEncoding::windows1252HighTable()
{
    QFETCH(int, byte);
    QFETCH(int, codePoint);
    const QString text = decodeWindows1252(QByteArray(1, char(byte)));
    QCOMPARE(text.size(), 1);
    QCOMPARE(int(text.at(0).unicode()), codePoint);
}

// The function appends at the position it is given and returns the end.
void TestTextEncoding::windows1252AppendsAtPosition()
{
    QString buffer(8, u'#');
    QChar *const start = buffer.data() + 2;
    QChar *const end = appendWindows1252(start, QByteArrayView("\xC5k\x80"));
    QCOMPARE(end - start, 3);
    QCOMPARE(buffer, QStringLiteral(u"##Åk€###"));
}

void TestTextEncoding::validityAtEveryOffset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");

    QTest::newRow("2-byte") << QByteArray("\xC3\xA5") << true;
    QTest::newRow("3-byte") << QByteArray("\xE2\x80\x93") << true;
    QTest::newRow("4-byte") << QByteArray("\xF0\x9F\x98\x80") << true;
    QTest::newRow("lowest 3-byte after E0") << QByteArray("\xE0\xA0\x80") << true;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    QTest::newRow("lead then ASCII") << QByteArray("\xC3z") << false;
    QTest::newRow("overlong C1") << QByteArray("\xC1\xBF") << false;
    QTest::newRow("overlong E0") << QByteArray("\xE0\x9F\xBF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("FF") << QByteArray("\xFF") << false;
    QTest::newRow("two continuations") << QByteArray("\xC3\xA5\xA5") << false;
    QTest::newRow("Windows-1252") << QByteArray("\xE5") << false;
}

// The validator checks whole blocks of ASCII and two-byte characters at once;
// its answer must not depend on where a character falls in a block, nor on
// the two-byte characters around it.
void TestTextEncoding::validityAtEveryOffset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    for (const QByteArray &filler : {QByteArray("a"), QByteArray("\xC3\xB6")}) {
        for (int before = 0; before <= 40; ++before) {
            for (const int after : {0, 1, 15, 16, 17, 40}) {
                QByteArray text;
                for (int i = 0; i < before; ++i) {
                    text += i % 2 ? QByteArray("b") : filler;
                }
                text += bytes + QByteArray(after, 'c');
                QVERIFY2(ccbulk::isValidUtf8(text) == valid,
                         qPrintable(QStringLiteral("%1 fillers before, %2 bytes after")
                                        .arg(before)
                                        .arg(after)));
            }
        }
    }
}

void TestTextEncoding::utf8DecodingAtEveryOffset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("Swedish") << QByteArray("K\xC3\xB6 V\xC3\xA4ster\xC3\xA5s")
                             << QStringLiteral(u"Kö Västerås");
    QTest::newRow("dash") << QByteArray("a \xE2\x80\x93 b") << QStringLiteral(u"a – b");
    QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80!") << QStringLiteral(u"😀!");
    // One replacement character per byte that is not part of a character.
    QTest::newRow("invalid bytes") << QByteArray("x\x80y\xC3z\xE5\xED\xA0\x80")
                                   << QStringLiteral(u"x\uFFFDy\uFFFDz\uFFFD\uFFFD\uFFFD\uFFFD");
    QTest::newRow("truncated at the end")
        << QByteArray("ok\xF0\x9F\x98") << QStringLiteral(u"ok\uFFFD\uFFFD\uFFFD");
}

void TestTextEncoding::utf8DecodingAtEveryOffset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    for (int before = 0; before <= 40; ++before) {
        const QByteArray input = QByteArray(before, 'a') + bytes + QByteArray(before % 7, 'b');
        const QString expected = QString(before, u'a') + text + QString(before % 7, u'b');
        QString decoded(input.size(), Qt::Uninitialized);
        QChar *const end = appendUtf8(decoded.data(), input);
        decoded.truncate(end - decoded.constData());
        QCOMPARE(decoded, expected);
    }
}

// The block scan finds the first byte that is a stop, below its limit, or
// 0x80 and above: the same as looking at each byte in turn.
void TestTextEncoding::firstCandidateMatchesByteByByte()
{
    const bytescan::Stops plain({';', '"', true});
    const bytescan::Stops quoted({'"', '"', false});
    auto expected = [](const char *p, bool lineEnds, char a, char b) {
        for (int k = 0; k < bytescan::kBlock; ++k) {
            const auto c = static_cast<unsigned char>(p[k]);
            if (c == static_cast<unsigned char>(a) || c == static_cast<unsigned char>(b) ||
                c >= 0x80 || c < (lineEnds ? 0x20 : 0x01)) {
                return k;
            }
        }
        return int(bytescan::kBlock);
    };
    // Mostly plain letters, so that every offset gets its first candidate.
    const QByteArray alphabet("abcdefghij;\"\r\n\t\x01\x1F\x7F\x80\xC3\xFF", 21);
    QRandomGenerator random(20261125);
    char block[bytescan::kBlock];
    for (int round = 0; round < 20000; ++round) {
        for (char &c : block) {
            c = random.bounded(8) == 0 ? alphabet.at(random.bounded(alphabet.size()))
                                       : char('a' + random.bounded(26));
        }
        QCOMPARE(plain.firstCandidate(block), expected(block, true, ';', '"'));
        QCOMPARE(quoted.firstCandidate(block), expected(block, false, '"', '"'));
    }
    for (const char c : {';', '"', '\r', '\n', '\0'}) {
        QVERIFY(plain.contains(c));
    }
    QVERIFY(!plain.contains('\t'));
    QVERIFY(!quoted.contains(';'));
    QVERIFY(!quoted.contains('\n'));
    QVERIFY(quoted.contains('\0'));
}

void TestTextEncoding::findUnitAtEveryPosition()
{
    for (int size = 0; size <= 40; ++size) {
        const std::u16string text(size_t(size), u'x');
        const char16_t *const begin = text.data();
        const char16_t *const end = begin + size;
        QCOMPARE(bytescan::findUnit(begin, end, u'|'), end);
        for (int at = 0; at < size; ++at) {
            std::u16string withBar = text;
            withBar[size_t(at)] = u'|';
            // A second bar later must not win.
            if (at + 3 < size) {
                withBar[size_t(at + 3)] = u'|';
            }
            QCOMPARE(bytescan::findUnit(withBar.data(), withBar.data() + size, u'|') -
                         withBar.data(),
                     at);
        }
    }
}

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"

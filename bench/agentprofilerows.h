#pragma once

// What the speed benchmarks share: a seeded random source and the generator
// of Agent Profile rows in the shape the benchmarks measure (long "|" lists,
// quoted cells, Swedish letters, booleans and enums in many spellings).

#include "csv/csvwriter.h"
#include "definitions/typedefinition.h"

#include <QStringList>

#include <cstdio>
#include <cstdlib>

namespace ccbulk::bench {

using namespace Qt::StringLiterals;

// SplitMix64: small, fast, and the same sequence on every platform (unlike
// the standard library's distributions).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    quint64 m_state;
};

// The names rows draw from; each obeys the Name rules of the type it names.
struct RowNames
{
    QStringList wrapUpCodes;
    QStringList idleCodes;
    QStringList queues;
    QStringList teams;
    QStringList dialPlans;
    QStringList thresholdRules;
    QStringList sites;
    QStringList entryPoints;
    QStringList addressBooks;
    QStringList outdialAnis;
    QStringList descriptionWords;
};

// One generated row, as cells in template order.
class RowGenerator
{
public:
    RowGenerator(const TypeDefinition &type, Random &random, const RowNames &words)
        : m_type(type), m_random(random), m_words(words)
    {}

    int column(const QString &header) const
    {
        const int index = m_type.columnIndex(header);
        if (index < 0) {
            std::fprintf(stderr, "agent-profile has no column %s\n", qPrintable(header));
            std::exit(1);
        }
        return index;
    }

    // A row of about budget bytes once encoded (it grows its lists to get
    // there).
    QStringList row(int number, qint64 budget)
    {
        QStringList cells(m_type.columns().size());
        auto set = [&](const QString &header, const QString &value) {
            cells[column(header)] = value;
        };
        set(u"Name"_s, QStringLiteral("Agent profile %1 (%2) v%3.%4-%5")
                           .arg(number, 5, 10, QLatin1Char('0'))
                           .arg(m_random.pick(QStringList{u"Sales"_s, u"Support"_s, u"Billing"_s,
                                                          u"Night shift"_s}))
                           .arg(m_random.between(1, 9))
                           .arg(m_random.below(10))
                           .arg(m_random.pick(QStringList{u"SE"_s, u"NO"_s, u"DK"_s})));
        if (m_random.chance(90)) {
            QString description;
            const int wanted = m_random.between(60, 250);
            while (description.size() < wanted) {
                const QString &word = m_random.pick(m_words.descriptionWords);
                if (description.size() + 1 + word.size() > 255) {
                    break;
                }
                description += (description.isEmpty() ? QString() : u" "_s) + word;
            }
            set(u"Description"_s, description);
        }
        if (m_random.chance(70)) {
            set(u"Parent Site"_s, m_random.pick(m_words.sites));
        }
        for (const QString &header :
             {u"Screen Popups"_s, u"Last Agent Routing"_s, u"Agent Available After Outdial"_s,
              u"Allow Auto Wrap Up Extension"_s, u"Consult To Queue"_s, u"Agent Statistics"_s,
              u"Logged In Team Statistics"_s}) {
            set(header, boolean(m_random.chance(50)));
        }
        const bool autoWrapUp = m_random.chance(50);
        set(u"Wrap Up Type"_s, spelling(autoWrapUp ? u"AUTO"_s : u"MANUAL"_s));
        if (autoWrapUp) {
            set(u"Auto Wrap Up Time"_s, QString::number(m_random.between(1, 900)));
        }

        // The list columns: which apply, and with what vocabulary.
        struct List
        {
            int column;
            const QStringList *words;
        };
        QList<List> lists;
        auto option = [&](const QString &optionHeader, const QString &listHeader,
                          const QStringList &others, const QStringList &words) {
            const bool specific = m_random.chance(85);
            set(optionHeader, spelling(specific ? u"SPECIFIC"_s : m_random.pick(others)));
            if (specific) {
                lists << List{column(listHeader), &words};
            }
        };
        option(u"Wrap Up Options"_s, u"Wrap Up Codes"_s, {u"ALL"_s}, m_words.wrapUpCodes);
        option(u"Idle Options"_s, u"Idle Codes"_s, {u"ALL"_s}, m_words.idleCodes);
        option(u"Transfer Options"_s, u"Transfer Targets"_s, {u"ALL"_s, u"NONE"_s}, m_words.queues);
        option(u"Buddy Team Option"_s, u"Buddy Teams"_s, {u"ALL"_s, u"NONE"_s}, m_words.teams);
        option(u"Queue Statistics Option"_s, u"Selected Queues"_s, {u"ALL"_s, u"NONE"_s},
               m_words.queues);
        option(u"Team Statistics Option"_s, u"Selected Teams"_s, {u"ALL"_s, u"NONE"_s},
               m_words.teams);

        const bool outdial = m_random.chance(60);
        set(u"Outdial Enabled"_s, boolean(outdial));
        if (outdial) {
            set(u"Outdial EP"_s, m_random.pick(m_words.entryPoints));
        }
        if (m_random.chance(50)) {
            set(u"Address Book"_s, m_random.pick(m_words.addressBooks));
        }
        if (m_random.chance(50)) {
            set(u"Outdial ANI"_s, m_random.pick(m_words.outdialAnis));
        }
        const bool dialPlan = m_random.chance(40);
        set(u"Dial Plan Enabled"_s, boolean(dialPlan));
        if (dialPlan) {
            lists << List{column(u"Dial Plan"_s), &m_words.dialPlans};
        }
        const int validation = m_random.below(3);
        set(u"DN Validation Option"_s,
            spelling(
                QStringList{u"UNRESTRICTED"_s, u"PROVISIONED VALUE"_s, u"VALIDATION CRITERIA"_s}.at(
                    validation)));
        if (validation == 2) {
            lists << List{column(u"Validation Criteria"_s), &m_words.dialPlans};
        }
        const bool alerts = m_random.chance(40);
        set(u"Agent Threshold Alerts Enabled"_s, boolean(alerts));
        if (alerts) {
            lists << List{column(u"Agent Threshold Alerts"_s), &m_words.thresholdRules};
        }
        if (lists.isEmpty()) {
            set(u"Queue Statistics Option"_s, u"SPECIFIC"_s);
            lists << List{column(u"Selected Queues"_s), &m_words.queues};
        }

        // Every list starts with one item; the rest grow in turn to the budget.
        for (const List &list : std::as_const(lists)) {
            cells[list.column] = m_random.pick(*list.words);
        }
        qint64 size = CsvWriter::encodeRecord(cells).size();
        for (int turn = m_random.below(int(lists.size())); size < budget; ++turn) {
            const List &list = lists.at(turn % lists.size());
            QString &cell = cells[list.column];
            // Separators as people type them: "a|b", "a | b", now and then an
            // empty item ("a||b"), which is dropped.
            const int style = m_random.below(10);
            const QString separator = style < 6 ? u"|"_s : style < 9 ? u" | "_s : u"||"_s;
            const qsizetype before = cell.size();
            cell += separator + m_random.pick(*list.words);
            // The encoded row grows by the item's UTF-8 bytes plus its
            // doubled quotes; recount only now and then.
            size += (cell.size() - before) + 4;
            if (turn % 8 == 7 || size >= budget) {
                size = CsvWriter::encodeRecord(cells).size();
            }
        }
        return cells;
    }

private:
    // TRUE/FALSE in the spellings spreadsheets and people use; an empty
    // cell is FALSE.
    QString boolean(bool value)
    {
        static const QStringList yes = {u"TRUE"_s, u"true"_s, u"Yes"_s, u"ON"_s, u"1"_s};
        static const QStringList no = {u"FALSE"_s, u"false"_s, u"No"_s, u"off"_s, u"0"_s};
        if (!value && m_random.chance(15)) {
            return QString();
        }
        return m_random.pick(value ? yes : no);
    }

    // An enum value as exports write it, in lower case, or with underscores.
    QString spelling(const QString &canonical)
    {
        switch (m_random.below(4)) {
        case 0:
            return canonical.toLower();
        case 1:
            return QString(canonical).replace(u' ', u'_');
        case 2:
            return canonical.left(1) + canonical.mid(1).toLower();
        default:
            return canonical;
        }
    }

    const TypeDefinition &m_type;
    Random &m_random;
    const RowNames &m_words;
};

} // namespace ccbulk::bench

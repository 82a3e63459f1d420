#pragma once

#include "issue.h"
#include "rowchecker.h"

#include <QCoreApplication>
#include <QHash>

namespace ccbulk {

// The checks that span rows: a key repeated in one file, and for parent/child
// types the grouping of consecutive rows into objects, their parent values,
// and the rules over their children (unique, sequence, at most one TRUE, at
// least N children). Keeps the keys and row numbers, not the rows.
class ObjectTracker
{
    Q_DECLARE_TR_FUNCTIONS(ccbulk::ObjectTracker)

public:
    ObjectTracker(const TypeDefinition &type, const RowChecker &rows);

    // Returns true when the row continues the object of the rows before it
    // (a parent/child type's later row); then inheritParentValues() fills its
    // empty parent cells from the object's first row.
    bool addRow(int row, const RowValues &values, QList<Issue> *issues);
    void inheritParentValues(RowValues *values) const;
    void finish(QList<Issue> *issues);
    int objectCount() const { return int(m_firstRowOfKey.size()); }

private:
    struct OpenObject
    {
        QString key; // normalised
        int firstRow = 0;
        QList<QString> parentValues; // per column, from the first row
        int children = 0;
        bool minChildrenApplies = false;
        QHash<QString, int> uniqueSeen; // normalised value -> row
        int trueRow = 0;                // row of the first TRUE in atMostOneTrue
        QList<qint64> sequence;
    };

    void addPlainRow(int row, const RowValues &values, const QString &key, QList<Issue> *issues);
    bool addParentChildRow(int row, const RowValues &values, const QString &key,
                           QList<Issue> *issues);
    void openObject(int row, const RowValues &values, const QString &key);
    void addChild(int row, const RowValues &values, QList<Issue> *issues);
    void closeObject(QList<Issue> *issues);
    Issue errorAt(int row, int column, const QString &message) const;

    const TypeDefinition &m_type;
    const RowChecker &m_rows;
    QHash<QString, int> m_firstRowOfKey;
    // Parent/child: the rows of keys already closed, kept only until a key
    // comes back (then all its rows fail).
    QHash<QString, QList<int>> m_closedRows;
    QHash<QString, int> m_splitKeys; // key -> the row where it came back
    std::optional<OpenObject> m_open;
    QList<int> m_openRows;
};

} // namespace ccbulk

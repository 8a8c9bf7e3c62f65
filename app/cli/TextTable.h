#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace keydesk {

// A plain-text table with left-aligned columns separated by two spaces, for terminals.
class TextTable final {
public:
    explicit TextTable(QStringList headers);

    void addRow(QStringList cells);
    // One line per row, header first, each ending in '\n'; no trailing blanks.
    QString toString() const;

private:
    QList<QStringList> m_rows;
};

} // namespace keydesk

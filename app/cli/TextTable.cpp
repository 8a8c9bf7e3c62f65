#include "TextTable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keydesk {
namespace {

// Columns on a terminal count characters, not UTF-16 units ("—", "…" are one each;
// characters outside the BMP would otherwise count twice).
qsizetype displayWidth(const QString &text)
{
    return text.toUcs4().size();
}

} // namespace

TextTable::TextTable(QStringList headers)
{
    m_rows.append(std::move(headers));
}

void TextTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        if (widths.size() < row.size())
            widths.resize(row.size(), 0);
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], displayWidth(row.at(column)));
    }
    QString text;
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const QString &cell = row.at(column);
            line += cell;
            if (column + 1 < row.size())
                line += QString(widths.at(column) - displayWidth(cell) + 2, u' ');
        }
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    return text;
}

} // namespace keydesk

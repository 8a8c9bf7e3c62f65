#include "PreparedStatement.h"

namespace keydesk {

namespace {

// A `?` inside a quoted literal or identifier is text, not a placeholder.
QString namedPlaceholders(const QString &sql, QStringList &names)
{
    QString named;
    named.reserve(sql.size() + 16);
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            names.append(QStringLiteral(":p%1").arg(names.size()));
            named += names.constLast();
            continue;
        }
        named += c;
    }
    return named;
}

} // namespace

PreparedStatement::PreparedStatement(const QSqlDatabase &database, QString sql)
    : m_query(database)
    , m_sql(namedPlaceholders(sql, m_names))
{
    m_query.setForwardOnly(true);
}

QSqlError PreparedStatement::run(std::initializer_list<QVariant> values)
{
    if (!m_prepared) {
        if (!m_query.prepare(m_sql))
            return m_query.lastError();
        m_prepared = true;
    }
    qsizetype position = 0;
    for (const QVariant &value : values) {
        if (position < m_names.size())
            m_query.bindValue(m_names.at(position++), value);
    }
    if (!m_query.exec())
        return m_query.lastError();
    return {};
}

} // namespace keydesk

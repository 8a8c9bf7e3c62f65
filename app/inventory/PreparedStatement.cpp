#include "PreparedStatement.h"

namespace keydesk {

PreparedStatement::PreparedStatement(const QSqlDatabase &database, QString sql)
    : m_query(database)
    , m_sql(std::move(sql))
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
    int position = 0;
    for (const QVariant &value : values)
        m_query.bindValue(position++, value);
    if (!m_query.exec())
        return m_query.lastError();
    return {};
}

} // namespace keydesk

#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <ostream>

// Readable gtest failure output for Qt values (found by ADL in the global namespace).
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

inline void PrintTo(const QStringList &texts, std::ostream *out)
{
    *out << '[' << texts.join(QStringLiteral(", ")).toStdString() << ']';
}

inline void PrintTo(const QByteArray &bytes, std::ostream *out)
{
    *out << '"' << bytes.toStdString() << '"';
}

inline void PrintTo(const QDateTime &when, std::ostream *out)
{
    *out << (when.isValid() ? when.toString(Qt::ISODateWithMs).toStdString() : std::string("<null>"));
}

inline void PrintTo(const QDate &date, std::ostream *out)
{
    *out << (date.isValid() ? date.toString(Qt::ISODate).toStdString() : std::string("<null>"));
}

inline QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

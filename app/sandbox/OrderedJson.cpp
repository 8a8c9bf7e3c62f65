#include "OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keydesk {

OrderedJson &OrderedJson::add(QStringView name, const QJsonValue &value)
{
    return addRaw(name, encode(value));
}

OrderedJson &OrderedJson::add(QStringView name, const OrderedJson &object)
{
    return addRaw(name, object.toJson());
}

OrderedJson &OrderedJson::addRaw(QStringView name, const QByteArray &json)
{
    if (!m_members.isEmpty())
        m_members += ',';
    m_members += encode(name.toString()) + ':' + json;
    return *this;
}

QByteArray OrderedJson::toJson() const
{
    return '{' + m_members + '}';
}

QByteArray OrderedJson::array(const QList<OrderedJson> &elements)
{
    QByteArrayList parts;
    parts.reserve(elements.size());
    for (const OrderedJson &element : elements)
        parts.append(element.toJson());
    return '[' + parts.join(',') + ']';
}

QByteArray OrderedJson::encode(const QJsonValue &value)
{
    // QJsonDocument only writes arrays and objects: wrap the value and unwrap the text.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace keydesk

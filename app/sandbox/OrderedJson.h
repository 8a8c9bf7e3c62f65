#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringView>

namespace keydesk {

// A JSON object written with its members in insertion order (QJsonObject sorts them),
// so responses read like the documentation: {"statusCode":401,"error":…,"message":…}.
class OrderedJson final {
public:
    OrderedJson &add(QStringView name, const QJsonValue &value);
    OrderedJson &add(QStringView name, const OrderedJson &object);
    OrderedJson &addRaw(QStringView name, const QByteArray &json);

    QByteArray toJson() const;

    static QByteArray array(const QList<OrderedJson> &elements);
    static QByteArray encode(const QJsonValue &value);

private:
    QByteArray m_members;
};

} // namespace keydesk

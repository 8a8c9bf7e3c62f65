#pragma once

#include <QByteArray>
#include <QIODevice>

namespace keydesk {

// A request body that cannot be rewound. Qt's HTTP layer silently sends a request
// again when a connection closes before the answer, but only if it can reset the
// body; with this device it cannot, so a POST leaves the machine at most once.
class OneShotUpload final : public QIODevice {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotUpload)
public:
    explicit OneShotUpload(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    // Refused quietly: the refusal is the point of this device.
    bool seek(qint64) override { return false; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace keydesk

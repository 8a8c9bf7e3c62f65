#pragma once

#include "Finding.h"
#include "FindingAcknowledgement.h"

#include <QDateTime>
#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class AcknowledgeDialog;
}

namespace keydesk {

// "Acknowledge…" in the Health view: an optional note and an optional last day, for one
// finding. The caller stores acknowledgement() (Inventory::acknowledge) on accepted().
class AcknowledgeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcknowledgeDialog)
public:
    using Clock = std::function<QDateTime()>; // UTC now

    AcknowledgeDialog(const Finding &finding, Clock clock, QWidget *parent = nullptr);
    ~AcknowledgeDialog() override;

    const Finding &finding() const { return m_finding; }
    // The note as typed (trimmed) and, when a day is chosen, the end of that local day in UTC.
    FindingAcknowledgement acknowledgement() const;

    void setNote(const QString &note);
    // A day of the local calendar; a null date: for good.
    void setUntil(const QDate &lastDay);

private:
    std::unique_ptr<Ui::AcknowledgeDialog> m_ui;
    Finding m_finding;
    Clock m_clock;
};

} // namespace keydesk

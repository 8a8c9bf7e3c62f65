#pragma once

#include "RotationRecord.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;

namespace keydesk {

// A rotation as a timeline (docs/design.md#rotation), in the key details pane: created,
// verified, new key in use, old key last used, revoke due (with the time left), and
// "Revoke Now" / "Cancel Rotation" while it is open. Draws a record; the actions are
// the window's (KeyFlows), reached through the signals.
class RotationTimeline final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationTimeline)
public:
    using Clock = std::function<QDateTime()>;
    enum class Step { Created, Verified, NewKeyInUse, OldKeyLastUsed, RevokeDue };

    explicit RotationTimeline(Clock clock, QWidget *parent = nullptr);
    ~RotationTimeline() override;

    // nullopt: no rotation (hidden).
    void setRotation(const std::optional<RotationRecord> &rotation);
    const std::optional<RotationRecord> &rotation() const { return m_rotation; }
    // Redraws the times left ("due in 3 hours") against the clock.
    void clockAdvanced();

    // For tests and screenshots.
    QString stateText() const;
    QString stepText(Step step) const;
    bool isStepReached(Step step) const;
    QPushButton *revokeNowButton() const { return m_revokeNow; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void revokeNowRequested(const keydesk::RotationRecord &rotation);
    void cancelRequested(const keydesk::RotationRecord &rotation);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Row {
        QLabel *title = nullptr;
        QLabel *detail = nullptr;
        bool reached = false;
    };
    void setStep(Step step, bool reached, const QString &title, const QString &detail);
    void redraw();
    QString exactTimeOf(Step step) const;

    Clock m_clock;
    std::optional<RotationRecord> m_rotation;
    QLabel *m_heading;
    QLabel *m_state;
    QGridLayout *m_grid;
    QList<Row> m_rows;
    QPushButton *m_revokeNow;
    QPushButton *m_cancel;
};

} // namespace keydesk

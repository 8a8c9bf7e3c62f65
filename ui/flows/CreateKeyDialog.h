#pragma once

#include "CreateKeyRequest.h"
#include "Dialect.h"

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace Ui {
class CreateKeyDialog;
}

namespace keydesk {

// Name and expiry of a new key. Stays open while the request runs and when it fails
// (the message appears inline, the typed name is kept); KeyFlows closes it with
// finish() once the key exists.
class CreateKeyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateKeyDialog)
public:
    using Clock = std::function<QDateTime()>;
    enum class ExpiryChoice { Never, Days30, Days60, Days90, OnDate };

    // activeKeyCount: active keys the organisation has now (for the dialect's limit).
    CreateKeyDialog(Dialect dialect, int activeKeyCount, Clock clock, QWidget *parent = nullptr);
    ~CreateKeyDialog() override;

    // The zone the dates are shown and chosen in (default: the system's). A chosen date
    // expires at its start there; "today" is the clock's day there.
    void setTimeZone(const QTimeZone &zone);

    // Re-validates against the clock's current day; updates the inline messages.
    bool isInputValid();
    CreateKeyRequest request() const; // meaningful when isInputValid()
    QString nameProblem() const;      // inline messages as shown (empty when fine)
    QString expiryProblem() const;
    void setExpiryChoice(ExpiryChoice choice);

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showRequestError(const QString &message);
    QString requestError() const;
    void finish(); // the key was created: close

    // Create: validates and emits createRequested; the dialog stays open.
    void accept() override;
    // Cancel / Esc: ignored while the request runs (its answer must still be handled).
    void reject() override;

Q_SIGNALS:
    void createRequested(const keydesk::CreateKeyRequest &request);

private:
    void onInputChanged();
    bool updateValidity(bool showEmptyName);
    void updateExpiryRange();
    QDate today() const;
    ExpiryChoice expiryChoice() const;

    std::unique_ptr<Ui::CreateKeyDialog> m_ui;
    Dialect m_dialect;
    Clock m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_busy = false;
    bool m_nameTouched = false;
};

} // namespace keydesk

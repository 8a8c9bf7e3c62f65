#pragma once

#include "ApiError.h"
#include "ApiKey.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>

class QPushButton;

namespace Ui {
class LostKeyDialog;
}

namespace keydesk {

// After a create whose answer was lost or unreadable: says plainly that the outcome is
// unknown, shows what the search of the key list found and lets the user revoke the
// key the server may have made (its secret can never be shown). Revokes nothing on its
// own: KeyFlows searches and revokes when asked through the signals.
//
//   Searching     → "Looking…"; Close
//   SearchFailed  → the listing error in words; Retry (default), Close
//   NothingFound  → nothing to do; Close
//   Found         → one key: "Revoke It Now" (default) / "Leave It";
//                   several (ambiguous), or any without a creation time ("cannot
//                   tell"): each with its creation time and a check box, "Revoke
//                   Selected" (enabled once one is checked) / "Leave Them"
//   Revoking      → buttons disabled, Esc ignored until KeyFlows calls finishRevoking()
class LostKeyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LostKeyDialog)
public:
    enum class State { Searching, SearchFailed, NothingFound, Found, Revoking };

    // keyName: the name sent; createError: why the create's outcome is unknown.
    LostKeyDialog(const QString &keyName, const ApiError &createError, QWidget *parent = nullptr);
    ~LostKeyDialog() override;

    void showSearching();
    void showSearchFailed(const QString &message);
    // Most likely first. `undated`: same-name keys whose creation time the list does not
    // give (LostKeyFinder::undated()); with any, the dialog says it cannot tell and
    // lists them unchecked. Both empty: nothing was created.
    void showCandidates(const QList<ApiKey> &candidates, const QList<ApiKey> &undated = {});
    void showRevoking();
    // The revoke requests have finished. Without a problem the dialog closes; otherwise
    // the keys not in revokedIds stay listed with the problem, for another try.
    void finishRevoking(const QStringList &revokedIds, const QString &problem);

    State state() const { return m_state; }
    // The user has to choose: several keys, or any whose creation time is unknown.
    bool isAmbiguous() const { return m_candidates.size() > 1 || m_undatedCount > 0; }
    QString statusText() const;
    QString problemText() const;                           // empty when none is shown
    QStringList listedIds() const;                         // in the order shown
    QStringList selectedIds() const;                       // what "Revoke" would revoke
    void setSelected(const QString &keyId, bool selected); // ambiguous only

    QPushButton *revokeButton() const { return m_revokeButton; }
    QPushButton *leaveButton() const { return m_leaveButton; }
    QPushButton *retryButton() const { return m_retryButton; }
    QPushButton *closeButton() const { return m_closeButton; }

    // Esc / the window's close button: "Leave It" (never a revoke); ignored while revoking.
    void reject() override;

Q_SIGNALS:
    void retryRequested();
    void revokeRequested(const QList<keydesk::ApiKey> &keys);

private:
    void setState(State state);
    void fillTree();
    void updateRevokeEnabled();
    void showProblem(const QString &problem);
    void growToFit();
    QString createdText(const QDateTime &createdAt) const;

    std::unique_ptr<Ui::LostKeyDialog> m_ui;
    QString m_keyName; // as shown (UntrustedText::forDisplay)
    State m_state = State::Searching;
    QList<ApiKey> m_candidates; // the dated ones first, then the undated
    qsizetype m_undatedCount = 0;
    QPushButton *m_revokeButton = nullptr;
    QPushButton *m_leaveButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace keydesk

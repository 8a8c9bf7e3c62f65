#pragma once

#include "Finding.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

class QComboBox;

namespace keydesk {

// The watch's counts in the organisation selector: each profile's entry (its name is the
// item's data) says "— 3 findings" with the worst one's icon and the counts by severity
// as its tooltip; an entry without a name (All organisations) gets the total. Entries
// the selector adds later get theirs at once.
class SelectorBadges final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectorBadges)
public:
    struct Count final {
        int critical = 0;
        int warning = 0;
        int info = 0;
        int total() const { return critical + warning + info; }
        std::optional<Severity> worst() const;
        void add(Severity severity);
    };

    explicit SelectorBadges(QComboBox *selector, QObject *parent = nullptr);
    ~SelectorBadges() override;

    // Open (unacknowledged) findings by organisation.
    void setCounts(const QHash<QString, Count> &counts);
    // The selector's text for that entry before the count was added.
    static constexpr int plainTextRole = Qt::UserRole + 40;

private:
    void apply(int first, int last);

    QComboBox *m_selector;
    QHash<QString, Count> m_counts;
    bool m_applying = false;
};

} // namespace keydesk

#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace keydesk {

// The Log window's filter over ActionLogModel: every word of the text must appear in
// some column of the row (case-insensitive), and the action and outcome must match
// when one is chosen (an empty id: any).
class ActionLogFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionLogFilterProxy)
public:
    explicit ActionLogFilterProxy(QObject *parent = nullptr);
    ~ActionLogFilterProxy() override;

    void setText(const QString &text);
    void setAction(const QString &action);
    void setOutcome(const QString &outcome);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_action;
    QString m_outcome;
};

} // namespace keydesk

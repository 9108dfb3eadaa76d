// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/matrix.h>

#include <QMap>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QListWidget;
class QListWidgetItem;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * The "what if" toggles of the Can I Deploy dialog: ignore pacticipants (a checkable list of those
 * in the matrix, "ignoreList") and try another version of one of them ("whatIfPacticipant",
 * "whatIfVersion": the versions seen in the matrix, or one typed, taken on Return). Every change
 * emits changed() for the dialog to ask again.
 */
class WhatIfPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfPanel)

public:
    explicit WhatIfPanel(QWidget *parent = nullptr);
    ~WhatIfPanel() override;

    /// A new question about `asked`: every toggle off, the lists emptied (no changed()).
    void reset(const QString &asked);
    /// Adds the pacticipants of `rows` (not the one asked about) and the versions they show.
    void addRows(const QList<MatrixRow> &rows);

    QStringList pacticipants() const;
    /// Ticks or unticks a listed pacticipant (changed() when that changes anything).
    void setIgnored(const QString &pacticipant, bool ignored);
    /// Tries `version` of `pacticipant` (changed()); an empty pacticipant or version drops the trial.
    void setVersionOverride(const QString &pacticipant, const QString &version);

    /// One MatrixIgnore per ticked pacticipant, in the list's order.
    QList<MatrixIgnore> ignores() const;
    /// The version tried instead, as a selector; empty when none.
    QList<MatrixSelector> versionOverrides() const;
    /// The toggles in words for the verdict ("ignoring X; with Y 2.0"); empty when none is on.
    QString summary() const;

Q_SIGNALS:
    void changed();

private:
    void setupUi();
    void onItemChanged(QListWidgetItem *item);
    void onPacticipantChosen();
    void commitVersion();
    void fillVersions();

    QString m_asked;
    QMap<QString, QStringList> m_versions; ///< pacticipant → versions seen, newest row first
    QString m_overrideName;
    QString m_overrideVersion;
    bool m_updating = false;
    QListWidget *m_ignoreList = nullptr;
    QComboBox *m_pacticipant = nullptr;
    QComboBox *m_version = nullptr;
};

} // namespace Pactbench

// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/environment.h>
#include <core/broker/matrix.h>

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * The question of the Can I Deploy dialog: a pacticipant (completed from the broker's list), which
 * of its versions (a version number, the latest on a branch, the latest, the latest on its main
 * branch) and where to (an environment from the broker's list, or a tag). Widgets by objectName:
 * "pacticipantCombo", "versionChoice", "versionEdit", "targetChoice", "environmentCombo", "tagEdit",
 * "checkButton".
 */
class CanIDeployForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanIDeployForm)

public:
    enum class VersionChoice { Version, LatestOnBranch, Latest, LatestOnMainBranch };
    enum class TargetChoice { Environment, Tag };

    explicit CanIDeployForm(QWidget *parent = nullptr);
    ~CanIDeployForm() override;

    void setPacticipants(const QStringList &names);
    void setEnvironments(const QList<Environment> &environments);

    void setPacticipant(const QString &name);
    /// `text` is the version number or the branch, as the choice needs.
    void setVersion(VersionChoice choice, const QString &text = {});
    void setEnvironment(const QString &name);
    void setTag(const QString &tag);

    /// What is missing before the question can be asked ("Enter the pacticipant."); empty when complete.
    QString problem() const;
    /// The question: one selector and where to, `latestby=cvp` as the reference client asks it.
    MatrixQuery query() const;

Q_SIGNALS:
    /// Check was pressed (or Return in a field).
    void checkRequested();

private:
    void setupUi();
    void updateFields();
    VersionChoice versionChoice() const;
    TargetChoice targetChoice() const;
    QString environmentName() const;

    QComboBox *m_pacticipant = nullptr;
    QComboBox *m_versionChoice = nullptr;
    QLineEdit *m_version = nullptr;
    QComboBox *m_targetChoice = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_tag = nullptr;
    QPushButton *m_check = nullptr;
};

} // namespace Pactbench

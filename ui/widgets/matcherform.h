// SPDX-License-Identifier: MIT
#pragma once

#include <core/model/matchingrules.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * Picks a matcher type and shows only the parameters that type takes (regex, min/max, format,
 * value, status; the nested matchers as JSON). Attributes the form does not show are kept.
 */
class MatcherForm : public QWidget
{
    Q_OBJECT

public:
    explicit MatcherForm(QWidget *parent = nullptr);
    ~MatcherForm() override;
    Q_DISABLE_COPY_MOVE(MatcherForm)

    /// The matcher types offered, in the spelling written to files.
    static QStringList matcherTypes();
    /// The parameters a type takes: "regex", "min", "max", "format", "value", "status", "json".
    static QStringList parametersOf(const QString &type);

    void setMatcher(const Matcher &matcher);
    Matcher matcher() const;
    /// The parameter rows shown now (for tests and the screenshot).
    QStringList visibleParameters() const;

Q_SIGNALS:
    void changed();

private:
    void setupUi();
    void updateRows();

    QFormLayout *m_form = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_regex = nullptr;
    QSpinBox *m_min = nullptr;
    QSpinBox *m_max = nullptr;
    QLineEdit *m_format = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_status = nullptr;
    QLineEdit *m_json = nullptr;
    Matcher m_base;
};

} // namespace Pactbench

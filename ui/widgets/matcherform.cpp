// SPDX-License-Identifier: MIT
#include "matcherform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSpinBox>

namespace Pactbench {

namespace {

const QString regexKey = QStringLiteral("regex");
const QString minKey = QStringLiteral("min");
const QString maxKey = QStringLiteral("max");
const QString formatKey = QStringLiteral("format");
const QString valueKey = QStringLiteral("value");
const QString statusKey = QStringLiteral("status");
const QString jsonKey = QStringLiteral("json");

/// The attributes edited as JSON for the nested matchers.
const QStringList nestedKeys{ QStringLiteral("rules"), QStringLiteral("variants"), QStringLiteral("value") };

QSpinBox *optionalSpin(QWidget *parent, const QString &name)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(-1, 1000000);
    spin->setSpecialValueText(MatcherForm::tr("none"));
    spin->setValue(-1);
    return spin;
}

} // namespace

MatcherForm::MatcherForm(QWidget *parent) : QWidget(parent)
{
    setupUi();
    updateRows();
}

MatcherForm::~MatcherForm() = default;

QStringList MatcherForm::matcherTypes()
{
    return { QStringLiteral("type"), QStringLiteral("regex"), QStringLiteral("equality"), QStringLiteral("include"),
        QStringLiteral("integer"), QStringLiteral("decimal"), QStringLiteral("number"), QStringLiteral("boolean"),
        QStringLiteral("null"), QStringLiteral("datetime"), QStringLiteral("date"), QStringLiteral("time"),
        QStringLiteral("contentType"), QStringLiteral("values"), QStringLiteral("notEmpty"), QStringLiteral("semver"),
        QStringLiteral("statusCode"), QStringLiteral("eachKey"), QStringLiteral("eachValue"),
        QStringLiteral("arrayContains") };
}

QStringList MatcherForm::parametersOf(const QString &type)
{
    if (type == u"type" || type == u"min" || type == u"max")
        return { minKey, maxKey };
    if (type == u"regex")
        return { regexKey };
    if (type == u"include" || type == u"contentType" || type == u"content-type")
        return { valueKey };
    if (type == u"datetime" || type == u"timestamp" || type == u"date" || type == u"time")
        return { formatKey };
    if (type == u"statusCode" || type == u"status-code")
        return { statusKey };
    if (type == u"eachKey" || type == u"eachValue" || type == u"arrayContains")
        return { jsonKey };
    return {};
}

void MatcherForm::setupUi()
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("ruleTypeCombo"));
    m_type->addItems(matcherTypes());
    m_regex = new QLineEdit(this);
    m_regex->setObjectName(QStringLiteral("ruleRegexEdit"));
    m_min = optionalSpin(this, QStringLiteral("ruleMinSpin"));
    m_max = optionalSpin(this, QStringLiteral("ruleMaxSpin"));
    m_format = new QLineEdit(this);
    m_format->setObjectName(QStringLiteral("ruleFormatEdit"));
    m_format->setPlaceholderText(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("ruleValueEdit"));
    m_status = new QLineEdit(this);
    m_status->setObjectName(QStringLiteral("ruleStatusEdit"));
    m_status->setPlaceholderText(QStringLiteral("success, clientError, [200, 201] …"));
    m_json = new QLineEdit(this);
    m_json->setObjectName(QStringLiteral("ruleJsonEdit"));
    m_json->setPlaceholderText(tr("{\"rules\": [{\"match\": \"regex\", \"regex\": \"…\"}]}"));
    m_form->addRow(tr("Matcher &type:"), m_type);
    m_form->addRow(tr("Regular e&xpression:"), m_regex);
    m_form->addRow(tr("Mi&nimum length:"), m_min);
    m_form->addRow(tr("Ma&ximum length:"), m_max);
    m_form->addRow(tr("&Format:"), m_format);
    m_form->addRow(tr("&Value:"), m_value);
    m_form->addRow(tr("&Status:"), m_status);
    m_form->addRow(tr("&Attributes (JSON):"), m_json);
    connect(m_type, &QComboBox::currentTextChanged, this, [this] {
        updateRows();
        Q_EMIT changed();
    });
    for (QLineEdit *edit : { m_regex, m_format, m_value, m_status, m_json })
        connect(edit, &QLineEdit::textEdited, this, &MatcherForm::changed);
    for (QSpinBox *spin : { m_min, m_max })
        connect(spin, &QSpinBox::valueChanged, this, &MatcherForm::changed);
}

void MatcherForm::updateRows()
{
    const QStringList shown = parametersOf(m_type->currentText());
    const QList<QPair<QWidget *, QString>> rows{ { m_regex, regexKey }, { m_min, minKey }, { m_max, maxKey },
        { m_format, formatKey }, { m_value, valueKey }, { m_status, statusKey }, { m_json, jsonKey } };
    for (const auto &[widget, key] : rows)
        m_form->setRowVisible(widget, shown.contains(key));
}

QStringList MatcherForm::visibleParameters() const
{
    return parametersOf(m_type->currentText());
}

void MatcherForm::setMatcher(const Matcher &matcher)
{
    m_base = matcher;
    const QSignalBlocker b1(m_type), b2(m_min), b3(m_max);
    if (m_type->findText(matcher.type) < 0)
        m_type->addItem(matcher.type);
    m_type->setCurrentText(matcher.type);
    const QJsonObject &a = matcher.attributes;
    m_regex->setText(a.value(regexKey).toString());
    m_min->setValue(a.contains(minKey) ? a.value(minKey).toInt() : -1);
    m_max->setValue(a.contains(maxKey) ? a.value(maxKey).toInt() : -1);
    m_format->setText(a.value(formatKey).toString());
    m_value->setText(a.value(valueKey).toString());
    const QJsonValue status = a.value(statusKey);
    m_status->setText(status.isArray()
            ? QString::fromUtf8(QJsonDocument(status.toArray()).toJson(QJsonDocument::Compact))
            : status.toString());
    QJsonObject nested;
    for (const QString &key : nestedKeys) {
        if (a.contains(key))
            nested.insert(key, a.value(key));
    }
    m_json->setText(
        nested.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(nested).toJson(QJsonDocument::Compact)));
    updateRows();
}

Matcher MatcherForm::matcher() const
{
    Matcher m;
    m.type = m_type->currentText();
    if (m.type == m_base.type)
        m.attributes = m_base.attributes; // keep what the form does not show
    const QStringList params = parametersOf(m.type);
    const auto setText = [&](const QString &key, const QString &text) {
        if (!params.contains(key))
            return;
        if (text.isEmpty())
            m.attributes.remove(key);
        else
            m.attributes.insert(key, text);
    };
    setText(regexKey, m_regex->text());
    setText(formatKey, m_format->text());
    if (params.contains(valueKey))
        setText(valueKey, m_value->text());
    for (const auto &[spin, key] : { std::pair{ m_min, minKey }, std::pair{ m_max, maxKey } }) {
        if (params.contains(key) && spin->value() >= 0)
            m.attributes.insert(key, spin->value());
        else if (params.contains(key))
            m.attributes.remove(key);
    }
    if (params.contains(statusKey)) {
        const QJsonDocument list = QJsonDocument::fromJson(m_status->text().toUtf8());
        m.attributes.insert(statusKey, list.isArray() ? QJsonValue(list.array()) : QJsonValue(m_status->text()));
    }
    if (params.contains(jsonKey)) {
        const QJsonObject nested = QJsonDocument::fromJson(m_json->text().toUtf8()).object();
        for (auto it = nested.begin(); it != nested.end(); ++it)
            m.attributes.insert(it.key(), it.value());
    }
    return m;
}

} // namespace Pactbench

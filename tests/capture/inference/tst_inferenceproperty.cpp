// SPDX-License-Identifier: MIT
// The property every proposal must have, over generated samples: for 300 seeded random shapes (numbers,
// formats, enums, constants, booleans, nested objects, maps keyed by ids and arrays, sometimes empty or
// null), every proposed rule accepts every value of every sample (checked by the matching engine), and
// the first sample with the rules matches every sample as a whole body whenever no place mixes null and
// values.
#include "inferencecheck.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace Pactbench;
using namespace InferenceCheck;

namespace {

/// One field of a generated shape: how its values are made.
struct Field
{
    enum Kind { Int, Decimal, Mixed, Uuid, Date, DateTime, Email, Url, Enum, Constant, Text, Bool, Nullable, Object, Array, IdMap, Count };
    Kind kind = Int;
    QString name;
    QList<Field> children; ///< Object: its fields; Array: one field, the element
};

class SampleMaker
{
public:
    explicit SampleMaker(quint32 seed) : m_random(seed) {}

    Field shape(int depth, bool nullable)
    {
        Field f;
        f.kind = Field::Kind(m_random.bounded(depth > 2 ? int(Field::Object) : int(Field::Count)));
        if (f.kind == Field::Nullable && !nullable)
            f.kind = Field::Text;
        f.name = u"f%1"_qs.arg(m_random.bounded(1000));
        if (f.kind == Field::Object) {
            for (int i = 0, n = 1 + m_random.bounded(4); i < n; ++i)
                f.children.append(shape(depth + 1, nullable));
        } else if (f.kind == Field::Array || f.kind == Field::IdMap) {
            f.children.append(shape(depth + 1, nullable));
        }
        return f;
    }

    QJsonValue value(const Field &f)
    {
        const int r = m_random.bounded(100000);
        switch (f.kind) {
        case Field::Int: return r - 500;
        case Field::Decimal: return r / 7.0 + 0.5;
        case Field::Mixed: return r % 2 ? QJsonValue(r) : QJsonValue(r + 0.25);
        case Field::Uuid: return u"%1-8a9d-4c3b-9e2f-%2"_qs.arg(uint(r) + 0x10000000u, 8, 16).arg(qulonglong(r) * 977 + 0x100000000000ull, 12, 16);
        case Field::Date: return u"20%1-%2-%3"_qs.arg(10 + r % 20).arg(1 + r % 12, 2, 10, QChar(u'0')).arg(1 + r % 28, 2, 10, QChar(u'0'));
        case Field::DateTime: return u"2024-01-%1T%2:%3:%4%5"_qs.arg(1 + r % 28, 2, 10, QChar(u'0')).arg(r % 24, 2, 10, QChar(u'0')).arg(r % 60, 2, 10, QChar(u'0'))
                                  .arg(r % 59, 2, 10, QChar(u'0')).arg(r % 3 == 0 ? u"Z"_qs : r % 3 == 1 ? u"+02:00"_qs : u".5Z"_qs);
        case Field::Email: return u"user%1@example.com"_qs.arg(r);
        case Field::Url: return u"https://example.com/x/%1"_qs.arg(r);
        case Field::Enum: return QStringList{u"A"_qs, u"B_2"_qs, u"c.d"_qs}.at(r % 3);
        case Field::Constant: return u"fixed"_qs;
        case Field::Text: return u"some text %1"_qs.arg(r);
        case Field::Bool: return r % 2 == 0;
        case Field::Nullable: return r % 2 ? QJsonValue(u"n%1"_qs.arg(r)) : QJsonValue(QJsonValue::Null);
        case Field::Object: {
            QJsonObject o;
            for (const Field &c : f.children)
                o.insert(c.name, value(c));
            return o;
        }
        case Field::Array: {
            QJsonArray a;
            for (int i = 0, n = m_random.bounded(4); i < n; ++i)
                a.append(value(f.children.first()));
            return a;
        }
        case Field::IdMap: {
            QJsonObject o;
            for (int i = 0, n = 1 + m_random.bounded(3); i < n; ++i)
                o.insert(QString::number(m_random.bounded(100000)), value(f.children.first()));
            return o;
        }
        default: return {};
        }
    }

    int bounded(int n) { return m_random.bounded(n); }

private:
    QRandomGenerator m_random;
};

} // namespace

class TestInferenceProperty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySampleAccepted_data();
    void everySampleAccepted();
};

void TestInferenceProperty::everySampleAccepted_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("nullable");
    for (quint32 seed = 1; seed <= 300; ++seed)
        QTest::addRow("seed %u", seed) << seed << (seed % 2 == 0);
}

void TestInferenceProperty::everySampleAccepted()
{
    QFETCH(quint32, seed);
    QFETCH(bool, nullable);
    SampleMaker g(seed);
    Field root;
    root.kind = Field::Object;
    for (int i = 0, n = 1 + g.bounded(6); i < n; ++i)
        root.children.append(g.shape(1, nullable));
    QStringList texts;
    for (int i = 0, n = 1 + g.bounded(5); i < n; ++i)
        texts.append(QString::fromUtf8(QJsonDocument(g.value(root).toObject()).toJson(QJsonDocument::Compact)));
    const QList<Body> samples = jsonBodies(texts);
    const QList<RuleProposal> proposals = Inference::bodyRules(samples, u"application/json"_qs, RuleProposal::Side::Response);
    const QString context = texts.join(u'\n') + u"\n" + compact(proposals).join(u'\n');
    QVERIFY2(ruleFailures(proposals, samples).isEmpty(), qPrintable(ruleFailures(proposals, samples).join(u'\n') + u'\n' + context));
    if (!nullable) {
        const QStringList whole = wholeBodyFailures(proposals, samples);
        QVERIFY2(whole.isEmpty(), qPrintable(whole.join(u'\n') + u'\n' + context));
    }
}

QTEST_APPLESS_MAIN(TestInferenceProperty)
#include "tst_inferenceproperty.moc"

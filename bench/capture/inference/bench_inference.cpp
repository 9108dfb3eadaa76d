// SPDX-License-Identifier: MIT
// Matcher inference throughput: one recorded 5 MB JSON body, an array of 12 000 orders, each with
// an integer id, a UUID, a date-time, a date, an email, a URL, a decimal, an enum and two nested
// arrays. "parsed": the body as the capture holds it (a QJsonValue); "text": read from its bytes too.
#include <core/capture/inference/inference.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace Pactbench;

namespace {

QJsonObject order(int i)
{
    const QString two = QString::number(i % 100).rightJustified(2, u'0');
    QJsonArray lines;
    for (int l = 0; l < 1 + i % 3; ++l)
        lines.append(QJsonObject{{u"sku"_qs, u"SKU-%1"_qs.arg(i * 7 + l)}, {u"qty"_qs, 1 + l}, {u"unitPrice"_qs, 9.99 + l}});
    return QJsonObject{
        {u"id"_qs, i},
        {u"uuid"_qs, u"%1-8a9d-4c3b-9e2f-1a2b3c4d5e6f"_qs.arg(uint(0x10000000 + i), 8, 16)},
        {u"createdAt"_qs, u"2024-03-%1T10:%2:00.123Z"_qs.arg(1 + i % 28, 2, 10, QChar(u'0')).arg(i % 60, 2, 10, QChar(u'0'))},
        {u"deliveryDate"_qs, u"2024-04-%1"_qs.arg(1 + i % 28, 2, 10, QChar(u'0'))},
        {u"email"_qs, u"customer%1@example.com"_qs.arg(i)},
        {u"href"_qs, u"https://api.example.com/orders/%1"_qs.arg(i)},
        {u"total"_qs, 10.5 + i % 17},
        {u"status"_qs, i % 3 == 0 ? u"OPEN"_qs : i % 3 == 1 ? u"SHIPPED"_qs : u"CANCELLED"_qs},
        {u"currency"_qs, u"EUR"_qs},
        {u"customer"_qs, QJsonObject{{u"name"_qs, QString(u"Customer "_qs + two)}, {u"vip"_qs, i % 5 == 0}}},
        {u"tags"_qs, QJsonArray{u"t%1"_qs.arg(i % 7), u"x"_qs}},
        {u"lines"_qs, lines},
    };
}

const QByteArray &fiveMegabytes()
{
    static const QByteArray text = [] {
        QJsonArray all;
        for (int i = 0; i < 12000; ++i)
            all.append(order(i));
        return QJsonDocument(all).toJson(QJsonDocument::Compact);
    }();
    return text;
}

void run(benchmark::State &state, const Body &body)
{
    qsizetype proposals = 0;
    for (auto _ : state) {
        const QList<RuleProposal> p = Inference::bodyRules({body}, u"application/json"_qs, RuleProposal::Side::Response);
        proposals = p.size();
        benchmark::DoNotOptimize(proposals);
    }
    state.SetBytesProcessed(state.iterations() * fiveMegabytes().size());
    state.counters["bodyBytes"] = double(fiveMegabytes().size());
    state.counters["proposals"] = double(proposals);
}

void BM_InferParsed(benchmark::State &state)
{
    const Body body = Body::fromJson(QJsonDocument::fromJson(fiveMegabytes()).array(), u"application/json"_qs);
    run(state, body);
}

void BM_InferText(benchmark::State &state)
{
    run(state, Body::fromText(QString::fromUtf8(fiveMegabytes()), u"application/json"_qs));
}

} // namespace

BENCHMARK(BM_InferParsed)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_InferText)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
int main(int argc, char **argv)
{
    // --print: the proposals and notes for the body, once, instead of timing.
    if (argc > 1 && QByteArrayView(argv[1]) == "--print") {
        InferenceNotes notes;
        const Body body = Body::fromText(QString::fromUtf8(fiveMegabytes()), u"application/json"_qs);
        for (const RuleProposal &p : Inference::bodyRules({body}, {}, RuleProposal::Side::Response, {}, &notes))
            printf("%s %s  (%s)\n", qPrintable(p.key), QJsonDocument(p.matcher.toJson()).toJson(QJsonDocument::Compact).constData(), qPrintable(p.reason));
        for (const QString &n : notes.messages)
            printf("note: %s\n", qPrintable(n));
        printf("%lld bytes\n", qlonglong(fiveMegabytes().size()));
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

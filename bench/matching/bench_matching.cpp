// SPDX-License-Identifier: MIT
// bench_matching: Google Benchmark programs for the matching engine.
//   bench_matching                      run the benchmarks
//   bench_matching --once large|corpus  one pass only (for valgrind --tool=callgrind)
#include <core/matching/matching.h>
#include <core/matching/speccase.h>
#include <core/model/pactreader.h>

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <benchmark/benchmark.h>
#include <cstring>

using namespace Pactbench;

namespace {

constexpr int LargeCount = 10000;

HttpResponse largeExpected()
{
    const QByteArray json = R"({"status":200,"headers":{"Content-Type":"application/json"},
      "body":{"items":[{"id":1,"name":"item-1","price":1.5,"attrs":{"colour":"red","size":"L"}}],"total":1},
      "matchingRules":{"body":{
        "$.items":{"matchers":[{"match":"type","min":1}]},
        "$.items[*].id":{"matchers":[{"match":"integer"}]},
        "$.items[*].name":{"matchers":[{"match":"regex","regex":"item-\\d+"}]},
        "$.items[*].price":{"matchers":[{"match":"decimal"}]},
        "$.items[*].attrs":{"matchers":[{"match":"eachValue","rules":[{"match":"type"}]}]},
        "$.total":{"matchers":[{"match":"integer"}]}}}})";
    return PactReader::readResponse(QJsonDocument::fromJson(json).object(), SpecVersion::V4);
}

HttpResponse largeActual()
{
    QByteArray body = "{\"items\":[";
    for (int i = 0; i < LargeCount; ++i) {
        if (i)
            body += ',';
        body += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"item-" + QByteArray::number(i) + "\",\"price\":"
            + QByteArray::number(i) + ".25,\"attrs\":{\"colour\":\"blue\",\"size\":\"M\",\"k" + QByteArray::number(i % 7)
            + "\":\"v\"}}";
    }
    body += "],\"total\":" + QByteArray::number(LargeCount) + "}";
    HttpResponse r;
    r.headers.append(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    r.body = Body::fromBytes(body, QString());
    return r;
}

QList<SpecCase> loadCorpus()
{
    QList<SpecCase> cases;
    QDirIterator it(QStringLiteral(PACTBENCH_SHARED_DIR "/spec"), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        PartKind kind;
        SpecVersion version;
        QFile f(path);
        if (!SpecCase::guessFromPath(path, &kind, &version) || !f.open(QIODevice::ReadOnly))
            continue;
        if (auto c = SpecCase::read(f.readAll(), kind, version, nullptr))
            cases.append(*c);
    }
    return cases;
}

void BM_LargeJsonBody(benchmark::State &state)
{
    const HttpResponse expected = largeExpected();
    const HttpResponse actual = largeActual();
    for (auto _ : state) {
        const MatchResult r = matchResponse(expected, actual);
        if (!r.matched())
            state.SkipWithError("large body did not match");
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations() * LargeCount);
    state.SetBytesProcessed(state.iterations() * actual.body.bytes.size());
}
BENCHMARK(BM_LargeJsonBody)->Unit(benchmark::kMillisecond);

void BM_SpecCorpus(benchmark::State &state)
{
    const QList<SpecCase> cases = loadCorpus();
    for (auto _ : state) {
        int agree = 0;
        for (const SpecCase &c : cases)
            agree += c.run().matched() == c.match.value_or(true);
        if (agree != cases.size())
            state.SkipWithError("a spec case disagrees");
    }
    state.SetItemsProcessed(state.iterations() * cases.size());
    state.counters["cases"] = double(cases.size());
}
BENCHMARK(BM_SpecCorpus)->Unit(benchmark::kMillisecond);

void BM_SpecCorpusWithParsing(benchmark::State &state)
{
    QList<QPair<QString, QByteArray>> files;
    QDirIterator it(QStringLiteral(PACTBENCH_SHARED_DIR "/spec"), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.append({path, f.readAll()});
    }
    for (auto _ : state) {
        for (const auto &[path, bytes] : files) {
            PartKind kind;
            SpecVersion version;
            if (SpecCase::guessFromPath(path, &kind, &version)) {
                if (const auto c = SpecCase::read(bytes, kind, version, nullptr))
                    benchmark::DoNotOptimize(c->run());
            }
        }
    }
    state.SetItemsProcessed(state.iterations() * files.size());
}
BENCHMARK(BM_SpecCorpusWithParsing)->Unit(benchmark::kMillisecond);

int runOnce(const char *what)
{
    if (std::strcmp(what, "large") == 0) {
        const HttpResponse expected = largeExpected();
        const HttpResponse actual = largeActual();
        return matchResponse(expected, actual).matched() ? 0 : 1;
    }
    const QList<SpecCase> cases = loadCorpus();
    int agree = 0;
    for (const SpecCase &c : cases)
        agree += c.run().matched() == c.match.value_or(true);
    return agree == cases.size() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--once") == 0)
        return runOnce(argv[2]);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

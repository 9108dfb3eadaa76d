// SPDX-License-Identifier: MIT
// bench_diff: reading two 10,000-interaction pacts that differ in 50 places, and diffing them.
//   bench_diff            run the benchmarks, then print diff time / read time (target: ≤ 2)
//   bench_diff --once     one read and one diff, timed, with the file size and the counts (for valgrind --tool=callgrind)
#include <core/diff/pactdiff.h>
#include <core/model/pactreader.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>

using namespace Pactbench;

namespace {

constexpr int Interactions = 10000;
constexpr int Changed = 50; ///< every 200th interaction differs, in one of five ways

QByteArray interaction(int i, bool changed)
{
    const QByteArray n = QByteArray::number(i);
    const int kind = changed ? (i / (Interactions / Changed)) % 5 : -1;
    QByteArray body = R"({"id":)" + n + R"(,"name":"item-)" + n + R"(","price":1.5,"tags":["a","b","c"],"address":{"street":"Main","city":"X"})";
    if (kind == 0)
        body += R"(,"email":"x@y")"; // a field newly expected: breaking
    if (kind != 1)
        body += R"(,"note":"n")"; // kind 1 removes it: safe
    body += '}';
    if (kind == 2)
        body.replace("\"price\":1.5", "\"price\":2.5"); // equality decides: breaking
    const QByteArray idRule = kind == 3 ? R"({"match":"number"})" : R"({"match":"integer"})"; // loosened: safe
    const QByteArray nameRegex = kind == 4 ? R"(item-\\d{1,9})" : R"(item-\\d+)"; // narrower: breaking
    return R"({"type":"Synchronous/HTTP","description":"get order )" + n + R"(","key":"k-)" + n
        + R"(","providerStates":[{"name":"order exists","params":{"id":)" + n + R"(}}],"request":{"method":"GET","path":"/orders/)" + n
        + R"(","headers":{"Accept":["application/json"]}},"response":{"status":200,"headers":{"Content-Type":["application/json"]},"body":{"content":)"
        + body + R"(,"contentType":"application/json","encoded":false},"matchingRules":{"body":{"$.id":{"combine":"AND","matchers":[)" + idRule
        + R"(]},"$.name":{"combine":"AND","matchers":[{"match":"regex","regex":")" + nameRegex
        + R"("}]},"$.tags":{"combine":"AND","matchers":[{"match":"type","min":1}]}}}}})";
}

QByteArray pactText(bool changed)
{
    QByteArray out = R"({"consumer":{"name":"web"},"provider":{"name":"orders"},"metadata":{"pactSpecification":{"version":"4.0"}},"interactions":[)";
    for (int i = 0; i < Interactions; ++i) {
        if (i)
            out += ",\n";
        out += interaction(i, changed && i % (Interactions / Changed) == 0);
    }
    return out + "]}";
}

struct Files
{
    QTemporaryDir dir;
    QString oldPath = dir.filePath(QStringLiteral("old.json"));
    QString newPath = dir.filePath(QStringLiteral("new.json"));

    Files()
    {
        for (const auto &[path, changed] : {std::pair{oldPath, false}, std::pair{newPath, true}}) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(pactText(changed)) < 0)
                qFatal("cannot write %s", qPrintable(path));
        }
    }
};

Files &files()
{
    static Files f;
    return f;
}

std::pair<Pact, Pact> readBoth()
{
    ReadResult o = PactReader::readFile(files().oldPath);
    ReadResult n = PactReader::readFile(files().newPath);
    if (!o.ok() || !n.ok())
        qFatal("the generated pacts do not read");
    return {std::move(*o.pact), std::move(*n.pact)};
}

struct Totals
{
    double readMs = 0;
    double diffMs = 0;
    int runs = 0;
} g_totals;

void BM_ReadBoth(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(readBoth());
}

void BM_Diff(benchmark::State &state)
{
    const auto [o, n] = readBoth();
    for (auto _ : state) {
        const Diff::PactDiff d = Diff::diffPacts(o, n);
        if (d.interactions.size() != Changed)
            state.SkipWithError("the diff did not find the 50 changed interactions");
        benchmark::DoNotOptimize(d);
    }
}

/// Both in one iteration, timed apart: the ratio the README quotes.
void BM_ReadThenDiff(benchmark::State &state)
{
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        const auto [o, n] = readBoth();
        const double read = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        const Diff::PactDiff d = Diff::diffPacts(o, n);
        const double diff = double(t.nsecsElapsed()) / 1e6;
        benchmark::DoNotOptimize(d);
        g_totals.readMs += read;
        g_totals.diffMs += diff;
        ++g_totals.runs;
        state.counters[QStringLiteral("read_ms").toStdString()] = benchmark::Counter(read, benchmark::Counter::kAvgIterations);
        state.counters[QStringLiteral("diff_ms").toStdString()] = benchmark::Counter(diff, benchmark::Counter::kAvgIterations);
    }
}

BENCHMARK(BM_ReadBoth)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Diff)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadThenDiff)->Unit(benchmark::kMillisecond);

void printRatio()
{
    if (g_totals.runs == 0)
        return;
    const double read = g_totals.readMs / g_totals.runs, diff = g_totals.diffMs / g_totals.runs;
    std::printf("read both files: %.1f ms, diff: %.1f ms, diff / read = %.2f (%d runs; target <= 2)\n", read, diff, diff / read,
                g_totals.runs);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 2 && std::strcmp(argv[1], "--once") == 0) {
        QElapsedTimer t;
        t.start();
        const auto [o, n] = readBoth();
        const qint64 read = t.restart();
        const Diff::PactDiff d = Diff::diffPacts(o, n);
        std::printf("%.1f MB each; read %lld ms, diff %lld ms, %lld changed interactions, max impact %s (%d breaking, %d review, %d safe, %d cosmetic)\n",
                    double(QFileInfo(files().oldPath).size()) / 1e6, read, t.elapsed(), qint64(d.interactions.size()), qPrintable(Diff::impactName(d.maxImpact())), d.count(Diff::Impact::Breaking),
                    d.count(Diff::Impact::Review), d.count(Diff::Impact::Safe), d.count(Diff::Impact::Cosmetic));
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    files();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    printRatio();
    return 0;
}

// SPDX-License-Identifier: MIT
// The contract network's layout: SampleNetwork's deterministic network (services in five tiers,
// integrations mostly to the next tier) laid out by GraphLayout (Graphviz dot, C API), node sizes as the
// window measures them for the default font (Args: services, integrations); building the scene from it,
// the filter (opacities only) and one full frame (GUI-thread work while filtering or panning).
#include <ui/network/graphlayout.h>
#include <ui/network/networkgraph.h>
#include <ui/network/networkscene.h>
#include <ui/network/samplenetwork.h>

#include <QApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QSet>

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>

using namespace Pactbench;

namespace {

GraphLayoutInput layoutInput(const NetworkGraph &graph)
{
    const QFontMetricsF metrics{QFont()};
    GraphLayoutInput input;
    for (const QString &name : graph.services())
        input.nodeSizes.append(QSizeF(std::ceil(metrics.horizontalAdvance(name) + 16), std::ceil(metrics.height() + 8)));
    input.edges = graph.edgeEnds();
    return input;
}

void BM_Layout(benchmark::State &state)
{
    const GraphLayoutInput input = layoutInput(NetworkGraph(SampleNetwork::generate(int(state.range(0)), int(state.range(1)))));
    GraphLayoutResult result;
    for (auto _ : state) {
        result = GraphLayout::run(input);
        benchmark::DoNotOptimize(result);
    }
    if (!result.ok())
        state.SkipWithError(result.error.toStdString().c_str());
    state.counters["services"] = double(input.nodeSizes.size());
    state.counters["integrations"] = double(input.edges.size());
    state.counters["width"] = result.bounds.width();
    state.counters["height"] = result.bounds.height();
}

/**
 * A network whose consumer → provider chains are ~100 services deep (random pairs, mostly from lower to
 * higher quarters, a tenth of them backwards): GraphLayout's worst case, laid out with straight edges.
 */
void BM_LayoutDeep(benchmark::State &state)
{
    std::mt19937 rng(42);
    const int services = 200;
    QList<IntegrationSummary> data;
    QSet<std::pair<quint32, quint32>> seen;
    while (data.size() < 1000) {
        const quint32 a = rng() % services, b = rng() % services;
        if (a == b || (a * 4 / services >= b * 4 / services && rng() % 10) || seen.contains({a, b}))
            continue;
        seen.insert({a, b});
        IntegrationSummary i;
        i.consumer = QStringLiteral("Service%1").arg(a);
        i.provider = QStringLiteral("Service%1").arg(b);
        data.append(i);
    }
    const GraphLayoutInput input = layoutInput(NetworkGraph(data));
    GraphLayoutResult result;
    for (auto _ : state) {
        result = GraphLayout::run(input);
        benchmark::DoNotOptimize(result);
    }
    state.counters["width"] = result.bounds.width();
    state.counters["height"] = result.bounds.height();
}

/// The 200/1,000 network in a scene, as the window shows it.
struct SceneFixture
{
    NetworkGraph graph{SampleNetwork::generate(200, 1000)};
    GraphLayoutInput input = layoutInput(graph);
    NetworkScene scene;
    SceneFixture() { scene.build(graph, GraphLayout::run(input), input.nodeSizes, QFont(), QPalette()); }
};

/// Building the items from a finished layout (on the GUI thread, once per layout).
void BM_BuildScene(benchmark::State &state)
{
    SceneFixture f;
    const GraphLayoutResult layout = GraphLayout::run(f.input);
    for (auto _ : state)
        f.scene.build(f.graph, layout, f.input.nodeSizes, QFont(), QPalette());
}

/// Typing in the filter: every item's opacity set again (alternating a match set and none).
void BM_Filter(benchmark::State &state)
{
    SceneFixture f;
    bool on = false;
    for (auto _ : state) {
        f.scene.setFilterText(on ? QStringLiteral("Order") : QString());
        on = !on;
    }
}

/// One full frame of a 1280×800 view: the whole network fitted (zoom < 0.3: names left out) or a 1:1
/// part of it (names drawn), antialiased as the view paints it. Panning repaints at most this much.
void BM_Frame(benchmark::State &state)
{
    SceneFixture f;
    const QRectF all = f.scene.sceneRect();
    const QRectF target(0, 0, 1280, 800);
    const QRectF source = state.range(0) == 0 ? all : QRectF(all.center() - QPointF(640, 400), target.size());
    QImage image(target.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        f.scene.render(&painter, target, source, Qt::KeepAspectRatio);
    }
}

} // namespace

BENCHMARK(BM_BuildScene)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Filter)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Frame)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Layout)
    ->Args({50, 200})
    ->Args({200, 1000})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(BM_LayoutDeep)->Unit(benchmark::kMillisecond)->Iterations(1)->MeasureProcessCPUTime()->UseRealTime();

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")).toUtf8());
    QApplication app(argc, argv); // fonts for the node sizes, the scene
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

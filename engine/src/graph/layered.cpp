#include "strata/graph/layout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace strata {

namespace {

// The layered graph: real nodes first, then one dummy per layer crossed by a long edge.
// Every virtual edge joins adjacent layers.
struct Layered {
    std::vector<int> layer;
    std::vector<double> width;
    std::vector<std::vector<uint32_t>> up, down; // neighbours one layer above / below
    std::vector<std::vector<uint32_t>> layers;   // node ids in order
    std::vector<uint32_t> pos;                   // index inside its layer
    std::vector<std::vector<uint32_t>> chains;   // per input edge: nodes from top to bottom
    std::vector<uint8_t> reversed;               // per input edge: drawn upside down
};

// Depth-first search with an explicit stack; edges into a node still on the stack are back
// edges and get reversed, which leaves a DAG.
std::vector<uint8_t> backEdges(size_t n, const std::vector<LayoutEdge>& edges) {
    std::vector<std::vector<uint32_t>> out(n);
    for (uint32_t i = 0; i < edges.size(); ++i)
        out[edges[i].from].push_back(i);
    std::vector<uint8_t> state(n, 0), back(edges.size(), 0);
    std::vector<std::pair<uint32_t, size_t>> stack;
    for (uint32_t root = 0; root < n; ++root) {
        if (state[root])
            continue;
        state[root] = 1;
        stack.emplace_back(root, 0);
        while (!stack.empty()) {
            auto& [node, next] = stack.back();
            if (next == out[node].size()) {
                state[node] = 2;
                stack.pop_back();
                continue;
            }
            uint32_t ei = out[node][next++];
            uint32_t to = edges[ei].to;
            if (state[to] == 1) {
                back[ei] = 1;
            } else if (state[to] == 0) {
                state[to] = 1;
                stack.emplace_back(to, 0);
            }
        }
    }
    return back;
}

// Shortens edges greedily (a light form of network simplex): a node whose out-edges outnumber
// its in-edges moves down as far as its successors allow, the reverse moves it up. Each move
// lowers the total edge length, so a few passes settle.
void balanceLayers(const std::vector<uint32_t>& order,
                   const std::vector<std::vector<uint32_t>>& out,
                   const std::vector<std::pair<uint32_t, uint32_t>>& dag, std::vector<int>& layer) {
    std::vector<std::vector<uint32_t>> in(layer.size());
    for (auto [a, b] : dag)
        in[b].push_back(a);
    for (int pass = 0; pass < 4; ++pass) {
        bool moved = false;
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            uint32_t v = *it;
            if (in[v].size() == out[v].size())
                continue;
            int lo = 0, hi = INT32_MAX;
            for (uint32_t u : in[v])
                lo = std::max(lo, layer[u] + 1);
            for (uint32_t w : out[v])
                hi = std::min(hi, layer[w] - 1);
            int want = out[v].size() > in[v].size() ? hi : lo;
            if (want != INT32_MAX && want != layer[v]) {
                layer[v] = want;
                moved = true;
            }
        }
        if (!moved)
            break;
    }
}

// Longest path from the sources, then edges shortened by balanceLayers.
std::vector<int> assignLayers(size_t n, const std::vector<std::pair<uint32_t, uint32_t>>& dag) {
    std::vector<std::vector<uint32_t>> out(n);
    std::vector<uint32_t> indegree(n, 0);
    for (auto [a, b] : dag) {
        out[a].push_back(b);
        ++indegree[b];
    }
    std::vector<uint32_t> order;
    order.reserve(n);
    for (uint32_t v = 0; v < n; ++v) {
        if (indegree[v] == 0)
            order.push_back(v);
    }
    std::vector<int> layer(n, 0);
    std::vector<uint32_t> remaining = indegree;
    for (size_t i = 0; i < order.size(); ++i) {
        uint32_t v = order[i];
        for (uint32_t w : out[v]) {
            layer[w] = std::max(layer[w], layer[v] + 1);
            if (--remaining[w] == 0)
                order.push_back(w);
        }
    }
    balanceLayers(order, out, dag, layer);
    return layer;
}

Layered buildLayered(const LayoutInput& input) {
    size_t n = input.nodes.size();
    Layered g;
    g.reversed = backEdges(n, input.edges);
    std::vector<std::pair<uint32_t, uint32_t>> dag;
    for (size_t i = 0; i < input.edges.size(); ++i) {
        const LayoutEdge& e = input.edges[i];
        if (e.from != e.to)
            dag.emplace_back(g.reversed[i] ? e.to : e.from, g.reversed[i] ? e.from : e.to);
    }
    g.layer = assignLayers(n, dag);
    for (const LayoutNode& node : input.nodes)
        g.width.push_back(node.width);
    g.up.resize(n);
    g.down.resize(n);
    g.chains.resize(input.edges.size());

    for (size_t i = 0; i < input.edges.size(); ++i) {
        const LayoutEdge& e = input.edges[i];
        if (e.from == e.to)
            continue;
        uint32_t top = g.reversed[i] ? e.to : e.from;
        uint32_t bottom = g.reversed[i] ? e.from : e.to;
        std::vector<uint32_t>& chain = g.chains[i];
        chain.push_back(top);
        for (int l = g.layer[top] + 1; l < g.layer[bottom]; ++l) {
            uint32_t dummy = uint32_t(g.layer.size());
            g.layer.push_back(l);
            g.width.push_back(0.0);
            g.up.emplace_back();
            g.down.emplace_back();
            chain.push_back(dummy);
        }
        chain.push_back(bottom);
        for (size_t k = 0; k + 1 < chain.size(); ++k) {
            g.down[chain[k]].push_back(chain[k + 1]);
            g.up[chain[k + 1]].push_back(chain[k]);
        }
    }

    int layerCount = 0;
    for (int l : g.layer)
        layerCount = std::max(layerCount, l + 1);
    g.layers.resize(layerCount);
    g.pos.resize(g.layer.size());
    // Initial order: depth-first from the top, so that connected nodes start out close.
    std::vector<uint8_t> seen(g.layer.size(), 0);
    std::vector<uint32_t> roots(g.layer.size());
    std::iota(roots.begin(), roots.end(), 0u);
    std::stable_sort(roots.begin(), roots.end(),
                     [&](uint32_t a, uint32_t b) { return g.layer[a] < g.layer[b]; });
    std::vector<uint32_t> stack;
    for (uint32_t root : roots) {
        if (seen[root])
            continue;
        stack.push_back(root);
        seen[root] = 1;
        while (!stack.empty()) {
            uint32_t v = stack.back();
            stack.pop_back();
            g.pos[v] = uint32_t(g.layers[g.layer[v]].size());
            g.layers[g.layer[v]].push_back(v);
            for (auto it = g.down[v].rbegin(); it != g.down[v].rend(); ++it) {
                if (!seen[*it]) {
                    seen[*it] = 1;
                    stack.push_back(*it);
                }
            }
        }
    }
    return g;
}

// Crossings between layer l and l+1 for the current order: inversions of the lower end
// positions once edges are sorted by their upper end, counted with a Fenwick tree.
uint64_t bilayerCrossings(const Layered& g, size_t l) {
    std::vector<std::pair<uint32_t, uint32_t>> ends;
    for (uint32_t v : g.layers[l]) {
        for (uint32_t w : g.down[v])
            ends.emplace_back(g.pos[v], g.pos[w]);
    }
    std::sort(ends.begin(), ends.end());
    size_t size = g.layers[l + 1].size();
    std::vector<uint32_t> tree(size + 1, 0);
    uint64_t crossings = 0;
    uint64_t seen = 0;
    for (auto [a, b] : ends) {
        uint64_t notGreater = 0;
        for (size_t i = b + 1; i > 0; i -= i & (~i + 1))
            notGreater += tree[i];
        crossings += seen - notGreater;
        for (size_t i = b + 1; i <= size; i += i & (~i + 1))
            ++tree[i];
        ++seen;
    }
    return crossings;
}

uint64_t totalCrossings(const Layered& g) {
    uint64_t total = 0;
    for (size_t l = 0; l + 1 < g.layers.size(); ++l)
        total += bilayerCrossings(g, l);
    return total;
}

// Orders one layer by the mean position of its neighbours in the fixed adjacent layer; nodes
// without neighbours keep their place.
void sortByBarycenter(Layered& g, size_t l, bool fromAbove) {
    std::vector<uint32_t>& layer = g.layers[l];
    std::vector<std::pair<double, uint32_t>> keyed;
    keyed.reserve(layer.size());
    for (uint32_t v : layer) {
        const auto& nb = fromAbove ? g.up[v] : g.down[v];
        double key = g.pos[v];
        if (!nb.empty()) {
            double sum = 0;
            for (uint32_t w : nb)
                sum += g.pos[w];
            key = sum / double(nb.size());
            // Scale the neighbour layer's positions onto this layer's range.
            size_t other = g.layers[fromAbove ? l - 1 : l + 1].size();
            if (other > 1 && layer.size() > 1)
                key = key * double(layer.size() - 1) / double(other - 1);
        }
        keyed.emplace_back(key, v);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (uint32_t i = 0; i < keyed.size(); ++i) {
        layer[i] = keyed[i].second;
        g.pos[layer[i]] = i;
    }
}

// Crossings between the edges of u and v towards one adjacent layer when u is left of v:
// pairs of neighbours a of u and b of v with a right of b.
uint64_t pairCrossings(const Layered& g, const std::vector<uint32_t>& nu,
                       const std::vector<uint32_t>& nv, std::vector<uint32_t>& a,
                       std::vector<uint32_t>& b) {
    a.clear();
    b.clear();
    for (uint32_t w : nu)
        a.push_back(g.pos[w]);
    for (uint32_t w : nv)
        b.push_back(g.pos[w]);
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    uint64_t count = 0;
    size_t j = 0;
    for (uint32_t x : a) {
        while (j < b.size() && b[j] < x)
            ++j;
        count += j;
    }
    return count;
}

// Swaps neighbours in a layer while that removes crossings with both adjacent layers (the
// "transpose" refinement after the barycenter sweeps).
void transpose(Layered& g, int passes) {
    std::vector<uint32_t> a, b;
    auto cost = [&](uint32_t u, uint32_t v) {
        return pairCrossings(g, g.up[u], g.up[v], a, b) +
               pairCrossings(g, g.down[u], g.down[v], a, b);
    };
    for (int pass = 0; pass < passes; ++pass) {
        bool improved = false;
        for (auto& layer : g.layers) {
            for (size_t i = 0; i + 1 < layer.size(); ++i) {
                uint32_t u = layer[i], v = layer[i + 1];
                if (cost(u, v) <= cost(v, u))
                    continue;
                std::swap(layer[i], layer[i + 1]);
                g.pos[layer[i]] = uint32_t(i);
                g.pos[layer[i + 1]] = uint32_t(i + 1);
                improved = true;
            }
        }
        if (!improved)
            break;
    }
}

void reduceCrossings(Layered& g, int sweeps) {
    std::vector<std::vector<uint32_t>> best = g.layers;
    uint64_t bestCount = totalCrossings(g);
    for (int s = 0; s < sweeps && bestCount > 0; ++s) {
        bool down = s % 2 == 0;
        if (down) {
            for (size_t l = 1; l < g.layers.size(); ++l)
                sortByBarycenter(g, l, true);
        } else {
            for (size_t l = g.layers.size() - 1; l-- > 0;)
                sortByBarycenter(g, l, false);
        }
        uint64_t count = totalCrossings(g);
        if (count < bestCount) {
            bestCount = count;
            best = g.layers;
        }
    }
    g.layers = std::move(best);
    for (const auto& layer : g.layers) {
        for (uint32_t i = 0; i < layer.size(); ++i)
            g.pos[layer[i]] = i;
    }
    transpose(g, 4);
}

// Places one layer as close to the wanted x values as order and separation allow: a left
// pass pushes right, a right pass pushes left, and the two are averaged.
void placeLayer(const Layered& g, const std::vector<uint32_t>& layer,
                const std::vector<double>& want, double sep, std::vector<double>& x) {
    size_t k = layer.size();
    if (k == 0)
        return;
    auto gap = [&](size_t i) { return (g.width[layer[i]] + g.width[layer[i + 1]]) / 2 + sep; };
    std::vector<double> left(k), right(k);
    left[0] = want[0];
    for (size_t i = 1; i < k; ++i)
        left[i] = std::max(want[i], left[i - 1] + gap(i - 1));
    right[k - 1] = want[k - 1];
    for (size_t i = k - 1; i-- > 0;)
        right[i] = std::min(want[i], right[i + 1] - gap(i));
    for (size_t i = 0; i < k; ++i)
        x[layer[i]] = (left[i] + right[i]) / 2;
    // Averaging two feasible placements keeps the separation; no further repair is needed.
}

std::vector<double> assignX(const Layered& g, double sep) {
    std::vector<double> x(g.layer.size(), 0.0);
    for (const auto& layer : g.layers) {
        double at = 0;
        for (size_t i = 0; i < layer.size(); ++i) {
            if (i > 0)
                at += (g.width[layer[i - 1]] + g.width[layer[i]]) / 2 + sep;
            x[layer[i]] = at;
        }
    }
    for (int pass = 0; pass < 6; ++pass) {
        bool down = pass % 2 == 0;
        for (size_t s = 0; s < g.layers.size(); ++s) {
            size_t l = down ? s : g.layers.size() - 1 - s;
            const auto& layer = g.layers[l];
            std::vector<double> want(layer.size());
            for (size_t i = 0; i < layer.size(); ++i) {
                const auto& nb = down ? g.up[layer[i]] : g.down[layer[i]];
                double sum = 0;
                for (uint32_t w : nb)
                    sum += x[w];
                want[i] = nb.empty() ? x[layer[i]] : sum / double(nb.size());
            }
            placeLayer(g, layer, want, sep, x);
        }
    }
    double minX = 0;
    bool first = true;
    for (size_t v = 0; v < x.size(); ++v) {
        double left = x[v] - g.width[v] / 2;
        minX = first ? left : std::min(minX, left);
        first = false;
    }
    for (double& value : x)
        value -= minX;
    return x;
}

} // namespace

Layout layeredLayout(const LayoutInput& input, const LayeredOptions& options) {
    Layout layout;
    if (input.nodes.empty())
        return layout;
    Layered g = buildLayered(input);
    reduceCrossings(g, options.sweeps);
    std::vector<double> x = assignX(g, options.nodeSeparation);

    std::vector<double> layerY(g.layers.size(), 0.0);
    std::vector<double> layerHeight(g.layers.size(), 0.0);
    for (size_t v = 0; v < input.nodes.size(); ++v)
        layerHeight[g.layer[v]] = std::max(layerHeight[g.layer[v]], input.nodes[v].height);
    double y = 0;
    for (size_t l = 0; l < g.layers.size(); ++l) {
        layerY[l] = y + layerHeight[l] / 2;
        y += layerHeight[l] + options.layerSeparation;
    }
    layout.height = std::max(0.0, y - options.layerSeparation);

    for (size_t v = 0; v < input.nodes.size(); ++v) {
        const LayoutNode& node = input.nodes[v];
        layout.nodes.push_back({x[v], layerY[g.layer[v]], node.width, node.height, g.layer[v]});
        layout.width = std::max(layout.width, x[v] + node.width / 2);
    }
    for (size_t i = 0; i < input.edges.size(); ++i) {
        RoutedEdge route{input.edges[i].from, input.edges[i].to, {}, false};
        for (uint32_t v : g.chains[i])
            route.points.push_back({x[v], layerY[g.layer[v]]});
        if (g.reversed[i])
            std::reverse(route.points.begin(), route.points.end());
        layout.edges.push_back(std::move(route));
    }
    return layout;
}

namespace {

// x of a route where it crosses height y, following its points as a polyline.
double xAt(const std::vector<Point>& pts, double y) {
    for (size_t i = 0; i + 1 < pts.size(); ++i) {
        double y0 = pts[i].y, y1 = pts[i + 1].y;
        if ((y0 <= y && y <= y1) || (y1 <= y && y <= y0)) {
            if (y0 == y1)
                return pts[i].x;
            return pts[i].x + (pts[i + 1].x - pts[i].x) * (y - y0) / (y1 - y0);
        }
    }
    return std::fabs(pts.front().y - y) < std::fabs(pts.back().y - y) ? pts.front().x
                                                                      : pts.back().x;
}

uint64_t inversions(std::vector<std::pair<double, double>>& segs) {
    std::sort(segs.begin(), segs.end());
    // Strict inversions of the lower ends: a merge sort over the lower-end sequence.
    std::vector<double> lower(segs.size()), buffer(segs.size());
    for (size_t i = 0; i < segs.size(); ++i)
        lower[i] = segs[i].second;
    uint64_t count = 0;
    for (size_t width = 1; width < lower.size(); width *= 2) {
        for (size_t lo = 0; lo < lower.size(); lo += 2 * width) {
            size_t mid = std::min(lo + width, lower.size());
            size_t hi = std::min(lo + 2 * width, lower.size());
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                if (lower[j] < lower[i]) {
                    count += mid - i;
                    buffer[k++] = lower[j++];
                } else {
                    buffer[k++] = lower[i++];
                }
            }
            while (i < mid)
                buffer[k++] = lower[i++];
            while (j < hi)
                buffer[k++] = lower[j++];
        }
        lower.swap(buffer);
    }
    return count;
}

} // namespace

uint64_t countCrossings(const Layout& layout) {
    std::map<long long, size_t> rankOf; // y rounded to 1/100 point
    auto key = [](double y) { return (long long)std::llround(y * 100.0); };
    for (const PlacedNode& n : layout.nodes)
        rankOf.emplace(key(n.y), 0);
    std::vector<double> rankY;
    for (auto& [k, index] : rankOf) {
        index = rankY.size();
        rankY.push_back(double(k) / 100.0);
    }

    std::vector<std::vector<std::pair<double, double>>> between(rankY.size());
    for (const RoutedEdge& e : layout.edges) {
        if (e.from == e.to)
            continue;
        const PlacedNode& a = layout.nodes[e.from];
        const PlacedNode& b = layout.nodes[e.to];
        size_t ra = rankOf.at(key(a.y)), rb = rankOf.at(key(b.y));
        if (ra == rb)
            continue;
        std::vector<Point> route = e.points;
        if (route.size() < 2)
            route = {{a.x, a.y}, {b.x, b.y}};
        const PlacedNode& top = ra < rb ? a : b;
        const PlacedNode& bottom = ra < rb ? b : a;
        size_t r0 = std::min(ra, rb), r1 = std::max(ra, rb);
        double prev = top.x;
        for (size_t r = r0 + 1; r <= r1; ++r) {
            double x = r == r1 ? bottom.x : xAt(route, rankY[r]);
            between[r - 1].emplace_back(prev, x);
            prev = x;
        }
    }
    uint64_t total = 0;
    for (auto& segs : between)
        total += inversions(segs);
    return total;
}

} // namespace strata

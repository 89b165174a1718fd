#!/usr/bin/env python3
"""Turns bench_kernels JSON output into a Markdown table: per kernel and level, GB/s and
rows/s at the L2 and DRAM sizes, and DRAM bandwidth as a share of memcpy moving the same bytes.
With --benchmark_repetitions the medians are used. Throughput is per wall-clock second; the last
column gives the DRAM share per CPU second as well, which matters on a shared, loaded machine.

usage: bench_kernels --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
           --benchmark_out=kernels.json --benchmark_out_format=json
       kernel_table.py kernels.json
"""
import json
import sys


def main(path):
    with open(path) as f:
        runs = json.load(f)["benchmarks"]
    aggregated = any(run.get("run_type") == "aggregate" for run in runs)
    results = {}
    for run in runs:
        if run.get("error_occurred"):
            continue
        if aggregated and run.get("aggregate_name") != "median":
            continue
        kernel, size, level = run["run_name"].split("/")[:3]
        results[(kernel, size, level)] = run
    kernels = list(dict.fromkeys(k for k, _, _ in results))
    levels = ["memcpy", "scalar", "sse2", "sse42", "avx2", "avx512", "avx512vbmi"]
    print("| kernel | level | L2 GB/s | L2 Mrows/s | DRAM GB/s | DRAM Mrows/s "
          "| DRAM vs memcpy (wall) | (CPU) |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for kernel in kernels:
        memcpy = results.get((kernel, "dram", "memcpy"))
        for level in levels:
            l2 = results.get((kernel, "l2", level))
            dram = results.get((kernel, "dram", level))
            if not l2 or not dram:
                continue
            share = dram["bytes_per_second"] / memcpy["bytes_per_second"] * 100
            cpu_share = share * cpu_speedup(dram) / cpu_speedup(memcpy)
            print(f"| {kernel} | {level} | {l2['bytes_per_second'] / 1e9:.1f} | "
                  f"{l2['items_per_second'] / 1e6:.0f} | {dram['bytes_per_second'] / 1e9:.2f} | "
                  f"{dram['items_per_second'] / 1e6:.0f} | {share:.0f} % | {cpu_share:.0f} % |")


def cpu_speedup(run):
    """How much faster the run is per CPU second than per wall-clock second."""
    return run["real_time"] / run["cpu_time"]


if __name__ == "__main__":
    main(sys.argv[1])

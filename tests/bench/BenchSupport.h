#pragma once

#include <QList>
#include <QString>

namespace keydesk::bench {

// KEYDESK_BENCH_SCALE=small: CI's quick smoke run (same figures, smaller sizes).
bool smallScale();
// `full` normally, `small` under KEYDESK_BENCH_SCALE=small.
int scaled(int full, int small);
double median(QList<double> values);
// One figure on stdout, "NAME: VALUE UNIT", the format tests/bench/run.sh promises.
void report(const QString &name, double value, const QString &unit, int decimals = 0);
// A remark for people on stderr (goals, sizes), never on stdout.
void note(const QString &text);

} // namespace keydesk::bench

#include "BenchSupport.h"

#include <QTextStream>

#include <algorithm>

namespace keydesk::bench {

bool smallScale()
{
    return qEnvironmentVariable("KEYDESK_BENCH_SCALE") == QLatin1String("small");
}

int scaled(int full, int small)
{
    return smallScale() ? small : full;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

void report(const QString &name, double value, const QString &unit, int decimals)
{
    QTextStream out(stdout);
    out << name << ": " << QString::number(value, 'f', decimals) << ' ' << unit << '\n';
    out.flush();
}

void note(const QString &text)
{
    QTextStream err(stderr);
    err << "  (" << text << ")\n";
    err.flush();
}

} // namespace keydesk::bench

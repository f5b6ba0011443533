// limitOpenMpOnThisThread(): OpenMP parallel regions on the calling thread run with one thread, on other
// threads as before — without OMP_THREAD_LIMIT, which libgomp reads only when it loads (ctest sets it for
// the other tests; this one runs without it).

#include "platform/openmp_limit.h"

#include <QTest>
#include <omp.h>
#include <thread>

namespace {

/// Threads in a team of four asked for on the calling thread.
int teamSize() {
    int n = 0;
#pragma omp parallel num_threads(4)
    {
#pragma omp single
        n = omp_get_num_threads();
    }
    return n;
}

} // namespace

class TestOpenMpLimit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void heldOnTheCallingThreadOnly() {
        if (omp_get_thread_limit() < 4)
            QSKIP("OMP_THREAD_LIMIT is set below 4 in this environment");
        int before = 0;
        int held = 0;
        int other = 0;
        std::thread worker([&] {
            before = teamSize();
            sluice::limitOpenMpOnThisThread();
            held = teamSize();
        });
        worker.join();
        std::thread untouched([&] { other = teamSize(); });
        untouched.join();
        QCOMPARE(before, 4);
        QCOMPARE(held, 1);
        QCOMPARE(other, 4);
    }
};

QTEST_GUILESS_MAIN(TestOpenMpLimit)
#include "test_openmp_limit.moc"

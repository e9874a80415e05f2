//! What every property runs under: the bounds on time and memory, the number of cases, a counting
//! allocator that measures one thread's memory, and a watchdog that stops the process when one case hangs.

use proptest::strategy::Strategy;
use proptest::test_runner::Config as ProptestConfig;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::Write as _;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------------------------
// Bounds

/// The longest one question may take through answer + every render. Generous: debug builds on two shared
/// cores; the release run of 100,000 cases shows the real figure (a few milliseconds).
pub const MAX_ANSWER_TIME: Duration = Duration::from_secs(3);
/// The most memory one answer may hold at its peak, beyond what the thread held before it.
pub const MAX_ANSWER_BYTES: isize = 64 * 1024 * 1024;
/// A loader may take longer (it builds the search index), but not without end.
pub const MAX_LOAD_TIME: Duration = Duration::from_secs(20);
/// If one case makes no progress for this long the process is stopped with the case printed: a hang must
/// fail the run, not stall CI.
const HANG: Duration = Duration::from_secs(120);

pub fn cases(default: u32) -> ProptestConfig {
    let from_env = ["KNEEBOT_PROPTEST_CASES", "PROPTEST_CASES"]
        .iter()
        .find_map(|var| std::env::var(var).ok()?.trim().parse::<u32>().ok());
    ProptestConfig {
        cases: from_env.unwrap_or(default),
        // Shrinking a 100 KB question can take long; a few hundred steps find the core of a failure.
        max_shrink_iters: 512,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------------------
// Memory: a counting allocator, per thread, so tests running in parallel do not see each other's bytes.

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn add_live(delta: isize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| {
            if now > peak.get() {
                peak.set(now)
            }
        });
    });
}

// SAFETY: every call goes straight to `System`; the counting touches only const-initialised thread locals,
// which never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            add_live(layout.size() as isize);
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            add_live(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        add_live(-(layout.size() as isize));
    }
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, layout, new_size) };
        if !q.is_null() {
            add_live(new_size as isize - layout.size() as isize);
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f`, returning its value, how long it took and the most extra memory this thread held meanwhile.
pub fn measure<T>(f: impl FnOnce() -> T) -> (T, Duration, isize) {
    let start_live = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(start_live));
    let started = Instant::now();
    let value = f();
    let elapsed = started.elapsed();
    let peak = PEAK.with(Cell::get) - start_live;
    (value, elapsed, peak)
}

// ---------------------------------------------------------------------------------------------------------
// Hangs: a watchdog thread per property.

/// Watches one property test while it runs: if one case makes no progress for [`HANG`], it writes the case
/// to the real stderr (the harness captures `eprintln!`, and that output is lost when the process stops) and
/// stops the process. It stops watching when dropped, so a property that has finished never stops another.
struct Watchdog {
    state: Arc<(AtomicU64, Mutex<String>, AtomicBool)>,
    started: Instant,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Watchdog {
    fn start(name: &'static str) -> Watchdog {
        let state = Arc::new((
            AtomicU64::new(0),
            Mutex::new(String::new()),
            AtomicBool::new(false),
        ));
        let started = Instant::now();
        let watched = state.clone();
        let thread = std::thread::spawn(move || loop {
            std::thread::park_timeout(Duration::from_millis(500));
            if watched.2.load(Ordering::Relaxed) {
                return;
            }
            let last = Duration::from_millis(watched.0.load(Ordering::Relaxed));
            if started.elapsed().saturating_sub(last) > HANG {
                let case = watched.1.lock().map(|c| c.clone()).unwrap_or_default();
                let _ = writeln!(
                    std::io::stderr().lock(),
                    "{name}: one case ran past {HANG:?}; stopping. The case: {case}"
                );
                std::process::abort();
            }
        });
        Watchdog {
            state,
            started,
            thread: Some(thread),
        }
    }

    fn case(&self, what: impl FnOnce() -> String) {
        self.state
            .0
            .store(self.started.elapsed().as_millis() as u64, Ordering::Relaxed);
        if let Ok(mut case) = self.state.1.lock() {
            *case = what();
        }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.state.2.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            thread.thread().unpark();
            let _ = thread.join();
        }
    }
}

/// Runs `test` on `config.cases` values drawn from `strategy` under its own [`Watchdog`], fails with the
/// smallest failing value proptest finds, and reports how many cases passed on the real stderr (so a long
/// run says what it did even when the harness captures output).
pub fn property<S: Strategy>(
    name: &'static str,
    config: ProptestConfig,
    strategy: S,
    describe: impl Fn(&S::Value) -> String,
    test: impl Fn(S::Value),
) where
    S::Value: std::fmt::Debug,
{
    let dog = Watchdog::start(name);
    let cases = config.cases;
    let started = Instant::now();
    let mut runner = proptest::test_runner::TestRunner::new(config);
    let result = runner.run(&strategy, |value| {
        dog.case(|| describe(&value));
        test(value);
        Ok(())
    });
    drop(dog);
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
    let _ = writeln!(
        std::io::stderr().lock(),
        "{name}: {cases} cases passed in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

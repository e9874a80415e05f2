//! Timing whole answers: latency percentiles (nearest rank), questions per second on one and on many
//! threads, and the process's peak memory.

use super::BENCH_DAY;
use crate::engine::{AskOptions, Engine};
use std::time::{Duration, Instant};

/// Latency percentiles in microseconds.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Latency {
    pub p50: f64,
    pub p99: f64,
    pub max: f64,
}

impl Latency {
    /// Percentiles of `samples` (nearest rank). Empty input gives zeros.
    pub fn of(samples: &mut [Duration]) -> Latency {
        if samples.is_empty() {
            return Latency::default();
        }
        samples.sort_unstable();
        let at = |q: f64| {
            let rank = ((q * samples.len() as f64).ceil() as usize).clamp(1, samples.len());
            samples[rank - 1].as_secs_f64() * 1e6
        };
        Latency {
            p50: at(0.50),
            p99: at(0.99),
            max: at(1.0),
        }
    }
}

/// What one thread measured: percentiles over every answer, questions per second, and each question's
/// median in microseconds (in mix order), to name the slow ones.
#[derive(Debug, Clone, Default)]
pub struct Measured {
    pub latency: Latency,
    pub qps: f64,
    pub per_question_p50: Vec<f64>,
}

/// Answers every question `rounds` times on this thread, timing each answer. `between` runs after each
/// round, outside the timed part (the bench gives the peer its turn there).
pub fn measure_latency(
    engine: &Engine,
    questions: &[&str],
    rounds: usize,
    between: &mut dyn FnMut(),
) -> Measured {
    let options = AskOptions::on(BENCH_DAY);
    let mut per_question: Vec<Vec<Duration>> = vec![Vec::with_capacity(rounds); questions.len()];
    let mut answering = Duration::ZERO;
    for _ in 0..rounds {
        let started = Instant::now();
        for (i, q) in questions.iter().enumerate() {
            let t = Instant::now();
            let answer = engine.answer(q, &options);
            per_question[i].push(t.elapsed());
            std::hint::black_box(answer);
        }
        answering += started.elapsed();
        between();
    }
    let mut all: Vec<Duration> = per_question.iter().flatten().copied().collect();
    Measured {
        qps: all.len() as f64 / answering.as_secs_f64().max(f64::MIN_POSITIVE),
        latency: Latency::of(&mut all),
        per_question_p50: per_question
            .iter_mut()
            .map(|s| Latency::of(s).p50)
            .collect(),
    }
}

/// Questions per second with `threads` threads each answering the whole mix `rounds` times.
pub fn measure_throughput(
    engine: &Engine,
    questions: &[&str],
    rounds: usize,
    threads: usize,
) -> f64 {
    let threads = threads.max(1);
    let options = AskOptions::on(BENCH_DAY);
    let started = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                for _ in 0..rounds {
                    for q in questions {
                        std::hint::black_box(engine.answer(q, &options));
                    }
                }
            });
        }
    });
    let total = started.elapsed().as_secs_f64();
    (threads * rounds * questions.len()) as f64 / total.max(f64::MIN_POSITIVE)
}

/// The process's peak resident memory in kB (`VmHWM` in `/proc/self/status`); `None` off Linux.
pub fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_nearest_rank() {
        let mut samples: Vec<Duration> = (1..=100).map(Duration::from_micros).collect();
        let l = Latency::of(&mut samples);
        assert_eq!((l.p50, l.p99, l.max), (50.0, 99.0, 100.0));
        assert_eq!(Latency::of(&mut []), Latency::default());
    }
}

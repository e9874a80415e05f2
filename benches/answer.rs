//! `cargo bench`: one whole answer over the fixed question mix (`benches/questions.txt`) on the shipped
//! knowledge and on a generated 10,000-passage corpus, the index build for both sizes, and rendering.
//! `kneebot bench` prints the same kinds of figures as percentiles and compares them with the Python peer.
//!
//! Under `cargo test --all-targets` criterion runs each benchmark once in an unoptimised build; the large
//! corpus is then cut to 1,000 passages so the test run stays quick.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kneebot::bench::{questions, with_generated_passages, CORPUS_SEED, LARGE_CORPUS};
use kneebot::knowledge::Knowledge;
use kneebot::retrieve::PassageIndex;
use kneebot::{render, AskOptions, Engine};
use std::hint::black_box;

/// True when run by `cargo bench` (criterion gets `--bench`), false under `cargo test`.
fn benching() -> bool {
    std::env::args().any(|a| a == "--bench")
}

fn large_size() -> usize {
    if benching() {
        LARGE_CORPUS
    } else {
        1_000
    }
}

fn shipped() -> Knowledge {
    Knowledge::load(&Engine::default_knowledge_dir()).expect("the shipped knowledge loads")
}

fn large() -> Knowledge {
    with_generated_passages(shipped(), large_size(), CORPUS_SEED)
}

/// Answers the mix in turn, one question per iteration, so the figure is the mean time of one answer.
fn bench_answers(c: &mut Criterion) {
    let questions = questions();
    let options = AskOptions::on(kneebot::bench::BENCH_DAY);
    for (name, knowledge) in [("answer/shipped", shipped()), ("answer/10k", large())] {
        let engine = Engine::from_knowledge(knowledge).expect("engine builds");
        let mut next = 0;
        c.bench_function(name, |b| {
            b.iter(|| {
                let q = questions[next % questions.len()];
                next += 1;
                black_box(engine.answer(black_box(q), &options))
            })
        });
    }
}

fn bench_index_build(c: &mut Criterion) {
    let mut group = c.benchmark_group("index_build");
    group.sample_size(10);
    for (name, knowledge) in [("shipped", shipped()), ("10k", large())] {
        let texts: Vec<String> = knowledge.passages.iter().map(|p| p.text.clone()).collect();
        group.throughput(Throughput::Elements(texts.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                PassageIndex::build_from(texts.iter().map(String::as_str)).expect("index builds")
            })
        });
    }
    group.finish();
}

fn bench_render(c: &mut Criterion) {
    let engine = Engine::from_knowledge(shipped()).expect("engine builds");
    let options = AskOptions::on(kneebot::bench::BENCH_DAY);
    let answers: Vec<_> = questions()
        .iter()
        .map(|q| engine.answer(q, &options))
        .collect();
    let mut group = c.benchmark_group("render");
    group.throughput(Throughput::Elements(answers.len() as u64));
    group.bench_function("text", |b| {
        b.iter(|| {
            for a in &answers {
                black_box(render::text::render(a));
            }
        })
    });
    group.bench_function("json", |b| {
        b.iter(|| {
            for a in &answers {
                black_box(render::json::render(a));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench_answers, bench_index_build, bench_render);
criterion_main!(benches);

//! The `kneebot` command: argument parsing, configuration, logging and start-up. Everything else lives in
//! the library so the terminal and Discord answer alike.

use clap::{Parser, Subcommand};
use kneebot::{render, AskOptions, Date, Engine, Phase};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "kneebot",
    version,
    about = "Answers knee-exercise questions from the channel's own material"
)]
struct Cli {
    /// The knowledge folder (default: ./knowledge, or KNEEBOT_KNOWLEDGE_DIR).
    #[arg(long, global = true, value_name = "DIR")]
    knowledge: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Answer one question in the terminal.
    Ask {
        /// The question (quote it, or give it as several words).
        #[arg(required = true, num_args = 1..)]
        question: Vec<String>,
        /// Print the answer as one JSON object.
        #[arg(long)]
        json: bool,
        /// Answer the follow-up up front: early, rebuilding or recovered (or none).
        #[arg(long, value_name = "CHOICE", value_parser = parse_phase)]
        phase: Option<Phase>,
        /// The day the question is asked on (dates in it count from this day; default: today, UTC).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<Date>,
    },
    /// Ask questions one after another, choosing follow-up answers by number.
    Chat {
        /// The day the questions are asked on (default: today, UTC).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<Date>,
    },
    /// Run question sets (JSON lines) and print failures and a confusion table.
    Eval {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The day a case without its own `today` is asked on (default: today, UTC).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<Date>,
    },
    /// Load and check the knowledge folder; report every problem with file and line, then the warnings.
    Check {
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
    },
    /// Add a video's transcript (plain text, .srt or .vtt) to the knowledge as a source, then check it.
    AddSource {
        /// The transcript file.
        file: PathBuf,
        /// The video's title.
        #[arg(long)]
        title: String,
        /// The video's link (https://…); citations link to it, at the moment they are said when known.
        #[arg(long)]
        url: String,
        /// Condition ids the video is about, comma-separated (see `kneebot check` or /conditions).
        #[arg(long, value_delimiter = ',')]
        conditions: Vec<String>,
        /// Replace a source with the same id.
        #[arg(long)]
        replace: bool,
    },
    /// What a moderator should write next: cited passages per source, rules per topic, and (with a
    /// database) the unanswered questions grouped by a shared word.
    Coverage {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// The bot's database, to group the questions it could not answer.
        #[arg(long, value_name = "FILE")]
        database: Option<PathBuf>,
    },
    /// Measure answer latency, throughput, index build and memory on the shipped knowledge and a generated
    /// corpus, then run the Python peer (bm25s, rank_bm25) on the same questions and passages.
    Bench {
        /// Times the whole question mix is answered per measurement.
        #[arg(long, default_value_t = 20)]
        rounds: usize,
        /// Sizes of the generated corpora, comma-separated (default: 10000,50000, a channel's catalogue).
        #[arg(long, value_delimiter = ',', default_values_t = [kneebot::bench::LARGE_CORPUS, kneebot::bench::CATALOGUE_CORPUS])]
        passages: Vec<usize>,
        /// Skip the Python peer.
        #[arg(long)]
        no_peer: bool,
        /// Also write every answer as JSON lines to FILE (to check that a speed change keeps answers).
        #[arg(long, value_name = "FILE")]
        answers: Option<PathBuf>,
        /// Use another question file (one question a line) instead of benches/questions.txt.
        #[arg(long, value_name = "FILE")]
        questions: Option<PathBuf>,
    },
    /// Run the Discord bot. The token comes from DISCORD_TOKEN (or a file named by DISCORD_TOKEN_FILE).
    Serve {
        /// The config file (default: ./config.toml if present; see config.example.toml).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
}

/// The same limit the bot applies (`max_question_chars`, default 4000), so the terminal and Discord agree on
/// what counts as one question.
fn check_length(question: &str) -> Result<(), String> {
    let limit = kneebot::config::Config::default().max_question_chars;
    let len = question.trim().chars().count();
    if len > limit {
        return Err(format!(
            "kneebot: questions can be up to {limit} characters; yours has {len}. Shorten it to the exercise and \
             your knee problem."
        ));
    }
    Ok(())
}

fn parse_phase(s: &str) -> Result<Phase, String> {
    s.parse()
}

fn parse_date(s: &str) -> Result<Date, kneebot::clock::DateError> {
    kneebot::clock::parse_date(s)
}

fn load_engine(dir: Option<PathBuf>) -> Result<Engine, String> {
    let dir = dir.unwrap_or_else(Engine::default_knowledge_dir);
    Engine::load(&dir).map_err(|e| {
        format!(
            "kneebot: the knowledge in {} has problems:\n{e}",
            dir.display()
        )
    })
}

/// Logs go to stderr; `KNEEBOT_LOG` wins over the level given (quiet `warn` for the terminal commands).
fn init_logging(level: &str) {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("KNEEBOT_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level)),
        )
        .with_writer(std::io::stderr)
        .init();
}

/// Puts the config file and line in front of a config mistake that only shows once the knowledge is loaded.
fn serve_error(config_path: Option<&std::path::Path>, error: kneebot::bot::BotError) -> String {
    if let kneebot::bot::BotError::UnknownPlaylists { conditions, .. } = &error {
        let file = config_path
            .map(std::path::Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from(kneebot::config::DEFAULT_CONFIG_FILE));
        let line = conditions
            .first()
            .and_then(|c| kneebot::config::key_line(&file, &format!("playlists.{c}")));
        let place = match line {
            Some(line) => format!("{}:{line}", file.display()),
            None => file.display().to_string(),
        };
        return format!("kneebot: {place}: {error}");
    }
    format!("kneebot: {error}")
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Serve { .. }) {
        init_logging("warn");
    }
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Ask {
            question,
            json,
            phase,
            today,
        } => {
            let engine = load_engine(cli.knowledge)?;
            let question = question.join(" ");
            if !kneebot_core::text::normalize::has_words(&question) {
                return Err("kneebot: the question has no words to answer (mentions, links and emoji are left out). Try: kneebot ask \"should I do leg curls after my ACL repair?\"".into());
            }
            check_length(&question)?;
            let options = AskOptions::on(today.unwrap_or_else(kneebot::clock::today));
            let answer = engine.answer(&question, &options.with_phase(phase));
            if json {
                kneebot::stdout::emit_line(&render::json::render(&answer));
            } else {
                kneebot::stdout::emit(&render::text::render(&answer));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Chat { today } => {
            let engine = load_engine(cli.knowledge)?;
            let stdin = std::io::stdin();
            let today = today.unwrap_or_else(kneebot::clock::today);
            kneebot::chat::run(&engine, today, stdin.lock(), std::io::stdout())
                .map_err(|e| format!("kneebot: {e}"))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval { files, today } => {
            let engine = load_engine(cli.knowledge)?;
            let mut sets = Vec::new();
            for f in files {
                let cases = kneebot::eval::load_cases(&f).map_err(|e| format!("kneebot: {e}"))?;
                sets.push((f.display().to_string(), cases));
            }
            let today = today.unwrap_or_else(kneebot::clock::today);
            let report = kneebot::eval::run(&engine, &sets, today);
            kneebot::stdout::emit(&report.render());
            Ok(if report.failed == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Serve {
            config: config_path,
        } => {
            let mut config = kneebot::config::Config::load_layered(config_path.as_deref())
                .map_err(|e| format!("kneebot: {e}"))?;
            if let Some(dir) = cli.knowledge {
                config.knowledge_dir = dir;
            }
            init_logging(&config.log_level);
            let token =
                kneebot::config::Config::discord_token().map_err(|e| format!("kneebot: {e}"))?;
            kneebot::memory::limit_allocator_arenas();
            let runtime = tokio::runtime::Runtime::new()
                .map_err(|e| format!("kneebot: cannot start: {e}"))?;
            runtime
                .block_on(kneebot::bot::serve(config, token))
                .map_err(|e| serve_error(config_path.as_deref(), e))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { strict } => {
            kneebot::maintain::check(&load_engine(cli.knowledge)?, strict)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::AddSource {
            file,
            title,
            url,
            conditions,
            replace,
        } => {
            let dir = cli.knowledge.unwrap_or_else(Engine::default_knowledge_dir);
            kneebot::maintain::add_source(&dir, &file, &title, &url, &conditions, replace)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Coverage { json, database } => {
            kneebot::maintain::coverage(&load_engine(cli.knowledge)?, json, database.as_deref())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench {
            rounds,
            passages,
            no_peer,
            answers,
            questions,
        } => {
            let dir = cli.knowledge.unwrap_or_else(Engine::default_knowledge_dir);
            let mut options = kneebot::bench::BenchOptions::for_checkout(dir);
            options.rounds = rounds.max(1);
            options.passages = passages;
            options.answers_file = answers;
            options.questions_file = questions;
            if no_peer {
                options.peer_dir = None;
            }
            kneebot::bench::run(&options, &mut std::io::stdout().lock())
                .map_err(|e| format!("kneebot bench: {e}"))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn main() {
    let engine = kneebot::Engine::load(std::path::Path::new("knowledge")).expect("knowledge");
    let _ = engine.answer("", &kneebot::AskOptions::default());
}

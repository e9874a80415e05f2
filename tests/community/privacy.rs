//! Privacy: `/forget-me` deletes every row of the member who asks and no one else's, and the hashing
//! secret stays outside the database.

use crate::content;
use crate::fake_discord::harness::*;
use kneebot::store::Store;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forget_me_deletes_every_row_of_the_member_and_the_secret_stays_outside_the_database() {
    let h = Harness::start(|_| {}).await;
    h.ask(
        &ALICE,
        "should I do leg curls after my ACL repair? my zebra knee",
    )
    .await;
    let bobs = h.ask(&BOB, "are squats good for runner's knee?").await;
    let up = buttons(&bobs)
        .into_iter()
        .find(|b| b.ends_with(":up"))
        .expect("a 👍 button");
    h.fake.callback(h.fake.click(&ALICE, &up)).await;
    let id = h.fake.slash(&ALICE, "forget-me", json!([]));
    let confirm = h.fake.reply(id).await;
    assert!(
        is_ephemeral(&confirm) && content(&confirm).contains("1 question you asked and 1 vote"),
        "{confirm}"
    );
    let delete = buttons(&confirm).pop().expect("a confirmation button");
    let not_yours = h.fake.callback(h.fake.click(&BOB, &delete)).await;
    assert!(
        content(&not_yours["data"]).contains("someone else's"),
        "{not_yours}"
    );
    let done = h.fake.callback(h.fake.click(&ALICE, &delete)).await;
    assert_eq!(done["type"], 7, "{done}");
    assert!(
        content(&done["data"]).contains("deleted 1 question and 1 vote"),
        "{done}"
    );
    let again = h
        .fake
        .reply(h.fake.slash(&ALICE, "forget-me", json!([])))
        .await;
    assert!(
        content(&again).contains("I keep nothing of yours"),
        "{again}"
    );

    let (database, dir) = h.finish().await;
    let store = Store::open(&database).unwrap();
    assert_eq!(store.member_rows(ALICE.id).unwrap(), Default::default());
    assert_eq!(
        store.member_rows(BOB.id).unwrap().questions,
        1,
        "others keep theirs"
    );
    assert_eq!(
        store.stats(None, 0).unwrap().helpful,
        0,
        "Alice's vote on Bob's answer is gone"
    );
    drop(store);
    let secret = std::fs::read_to_string(dir.0.join("kneebot.sqlite3.secret")).unwrap();
    for entry in std::fs::read_dir(&dir.0).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_file() || path.extension().is_some_and(|e| e == "secret") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !bytes.windows(5).any(|w| w == b"zebra"),
            "{}",
            path.display()
        );
        assert!(
            !bytes
                .windows(secret.trim().len())
                .any(|w| w == secret.trim().as_bytes()),
            "the secret is in {}",
            path.display()
        );
    }
}

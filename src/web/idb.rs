//! One text kept in the browser's IndexedDB: the workshop screen's second place for its workshops, when
//! `localStorage` is full. A workshop holds up to 1,000 results, far more than the few dozen bytes of the
//! check's progress, so it is the one thing that outgrows `localStorage`'s quota; IndexedDB has a quota of
//! its own, usually far larger.
//!
//! IndexedDB answers only asynchronously. Each request is turned into a promise whose callbacks are the
//! promise's own functions, so no Rust closure is left waiting on an answer that never comes; the one Rust
//! closure, which creates the store on the first visit, lives only while the database opens.

use js_sys::Promise;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const DATABASE: &str = "social-media-check";
const STORE: &str = "texts";

/// The text kept under `key`, or `None` if there is none or IndexedDB is not available.
pub async fn get(key: &str) -> Option<String> {
    let database = open().await?;
    let transaction = database.transaction_with_str(STORE).ok()?;
    let request = transaction
        .object_store(STORE)
        .ok()?
        .get(&key.into())
        .ok()?;
    let text = answered(&request).await.ok()?.as_string();
    database.close();
    text
}

/// Keeps `text` under `key`; `true` once it is written for good.
pub async fn put(key: &str, text: &str) -> bool {
    write(key, Some(text)).await
}

/// Removes what is kept under `key`; `true` once it is gone.
pub async fn delete(key: &str) -> bool {
    write(key, None).await
}

async fn write(key: &str, text: Option<&str>) -> bool {
    let Some(database) = open().await else {
        return false;
    };
    let written = async {
        let transaction = database
            .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
            .ok()?;
        let store = transaction.object_store(STORE).ok()?;
        match text {
            Some(text) => store.put_with_key(&text.into(), &key.into()).ok()?,
            None => store.delete(&key.into()).ok()?,
        };
        // Written for good only when the transaction completes, not when the request succeeds.
        completed(&transaction).await.ok()
    }
    .await
    .is_some();
    database.close();
    written
}

/// Opens the database, creating its one store on the first visit.
async fn open() -> Option<IdbDatabase> {
    let factory = web_sys::window()?.indexed_db().ok()??;
    let request = factory.open_with_u32(DATABASE, 1).ok()?;
    let upgrade: Closure<dyn FnMut()> = Closure::once({
        let request = request.clone();
        move || {
            if let Some(database) = request
                .result()
                .ok()
                .and_then(|result| result.dyn_into::<IdbDatabase>().ok())
            {
                let _ = database.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    // The upgrade, if any, comes before the success or error this waits for.
    let database = answered(&request).await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    database.ok()?.dyn_into().ok()
}

/// The result of `request`, once it has one.
async fn answered(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await?;
    request.result()
}

/// Waits until `transaction` has completed; an error or abort fails.
async fn completed(transaction: &IdbTransaction) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    });
    JsFuture::from(promise).await
}

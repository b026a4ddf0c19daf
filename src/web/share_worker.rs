//! The app's side of the share worker (`src/bin/share_worker.rs`): starting it, sending jobs, receiving
//! replies. Dropping the handle ends the worker.

use gloo_events::EventListener;
use model::share::share_job::{ShareJob, ShareReply};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker};
use yew::prelude::*;

/// The worker's loader, which Trunk writes next to `index.html` (see the worker's link there).
const LOADER: &str = "./share-worker_loader.js";

pub struct ShareWorker {
    worker: Worker,
    /// Jobs sent before the worker said it is ready; `None` once it has.
    waiting: Rc<RefCell<Option<Vec<String>>>>,
    _replies: EventListener,
}

impl ShareWorker {
    /// Starts the worker, which from then on hands every reply to `onreply`. `None` where the browser
    /// cannot start workers; the result is then shown without a QR code and image.
    pub fn start(onreply: impl Fn(ShareReply) + 'static) -> Option<ShareWorker> {
        let worker = Worker::new(LOADER).ok()?;
        let waiting = Rc::new(RefCell::new(Some(Vec::<String>::new())));
        let replies = {
            let (worker, waiting) = (worker.clone(), waiting.clone());
            EventListener::new(&worker.clone(), "message", move |event| {
                let reply = event
                    .dyn_ref::<MessageEvent>()
                    .and_then(|event| event.data().as_string())
                    .and_then(|message| ShareReply::from_message(&message));
                match reply {
                    Some(ShareReply::Ready) => {
                        for message in waiting.borrow_mut().take().unwrap_or_default() {
                            post(&worker, &message);
                        }
                    }
                    Some(reply) => onreply(reply),
                    None => {}
                }
            })
        };
        Some(ShareWorker {
            worker,
            waiting,
            _replies: replies,
        })
    }

    pub fn send(&self, job: &ShareJob) {
        let message = job.to_message();
        match self.waiting.borrow_mut().as_mut() {
            Some(waiting) => waiting.push(message),
            None => post(&self.worker, &message),
        }
    }
}

fn post(worker: &Worker, message: &str) {
    // Posting a string to a live worker cannot fail; a terminated one has no reply to give anyway.
    let _ = worker.post_message(&JsValue::from_str(message));
}

impl Drop for ShareWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// The replies the share worker has sent so far for the current jobs.
#[derive(Default, PartialEq)]
struct Replies(Vec<ShareReply>);

enum RepliesAction {
    Clear,
    Add(ShareReply),
}

impl Reducible for Replies {
    type Action = RepliesAction;

    fn reduce(self: Rc<Self>, action: RepliesAction) -> Rc<Self> {
        match action {
            RepliesAction::Clear => Rc::new(Replies::default()),
            RepliesAction::Add(reply) => {
                let mut replies = self.0.clone();
                replies.push(reply);
                Rc::new(Replies(replies))
            }
        }
    }
}

/// Runs `jobs` in a share worker that lives as long as the component, and returns the replies so far.
/// New jobs start a new worker; replies to the old ones are forgotten. No jobs, no worker.
#[hook]
pub fn use_share_worker(jobs: Vec<ShareJob>) -> Vec<ShareReply> {
    let replies = use_reducer(Replies::default);
    {
        let replies = replies.clone();
        use_effect_with(jobs, move |jobs| {
            replies.dispatch(RepliesAction::Clear);
            let worker = (!jobs.is_empty())
                .then(|| {
                    let replies = replies.clone();
                    ShareWorker::start(move |reply| replies.dispatch(RepliesAction::Add(reply)))
                })
                .flatten();
            if let Some(worker) = &worker {
                for job in jobs {
                    worker.send(job);
                }
            }
            move || drop(worker)
        });
    }
    replies.0.clone()
}

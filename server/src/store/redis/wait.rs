//! WAIT mode (`CINDER_REDIS_WAIT_REPLICAS`): each write a failover must not undo (a create's steps, an open, a counted
//! guess, a burn) is followed by `WAIT replicas timeout` on the node that ran it; fewer acknowledgements in time fail
//! the request closed (503), and an open then never hands out the ciphertext.
//!
//! - One pipeline, write then WAIT: WAIT waits for the replication offset of its *connection's* last write, so it must
//!   travel on the same connection as the write (a reconnect in between would WAIT for nothing and say yes). In a
//!   cluster redis-rs routes a pipeline by its first keyed command, so both reach the node owning the key's slot (WAIT
//!   alone would be sent to every primary and the smallest answer kept).
//! - Connections of its own: Redis blocks a connection while its WAIT waits. On the shared multiplexed connection one
//!   WAIT for a missing replica would hold up every other request of the server behind it, so each WAITed step checks
//!   a connection out of a small pool and blocks only itself.
//! - Without WAIT a failover may lose the last acknowledged writes (Redis replicates asynchronously): a create may be
//!   gone, an opened secret may open again. With it, an acknowledged step is on that many replicas.

use std::sync::Mutex;
use std::time::Duration;

use redis::aio::ConnectionLike;
use redis::{Cmd, FromRedisValue, Pipeline, RedisFuture, ScriptInvocation, Value};

use super::super::StoreError;
use super::conn::{deadline_of, Conn, Target, DEADLINE};

/// Idle connections kept for WAITed steps; more are opened when needed and closed after use.
const POOL: usize = 16;

/// What WAIT mode asks of Redis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WaitSettings {
    /// Replicas that must acknowledge each write (at least 1).
    pub replicas: u32,
    /// How long one WAIT may wait for them.
    pub timeout: Duration,
}

/// WAIT mode: the settings and the pool of connections its steps run on.
pub struct Wait {
    settings: WaitSettings,
    target: Target,
    idle: Mutex<Vec<Conn>>,
}

/// How many replicas acknowledged a write, against how many were asked for (none asked: WAIT mode is off).
#[derive(Clone, Copy, Debug)]
pub struct Acked(Option<(i64, u32)>);

impl Acked {
    /// WAIT mode is off: nothing to check.
    pub const NOT_ASKED: Acked = Acked(None);

    /// Ok when enough replicas acknowledged; the error answers 503.
    pub fn require(self) -> Result<(), StoreError> {
        match self.0 {
            Some((got, want)) if got < i64::from(want) => Err(StoreError(format!(
                "only {got} of {want} Redis replicas acknowledged a write in time (CINDER_REDIS_WAIT_REPLICAS): refused, \
                 it could be undone by a failover"
            ))),
            _ => Ok(()),
        }
    }
}

impl Wait {
    pub fn new(settings: WaitSettings, target: Target) -> Wait {
        Wait { settings, target, idle: Mutex::new(Vec::new()) }
    }

    /// How long one WAIT may take.
    pub fn timeout(&self) -> std::time::Duration {
        self.settings.timeout
    }

    /// Startup: every primary must have at least as many connected replicas as each write will wait for, or every
    /// change would answer 503 (most likely a Redis without replicas, or the wrong one).
    pub async fn check(&self, conn: &Conn) -> Result<(), StoreError> {
        let want = self.settings.replicas;
        let answers = conn
            .on_every_primary(redis::cmd("INFO").arg("replication"))
            .await
            .map_err(|e| StoreError(format!("cannot read Redis's replication state (INFO replication): {e}")))?;
        let mut short = Vec::new();
        for (node, value) in answers {
            let info = String::from_redis_value(value).unwrap_or_default();
            let connected =
                info.lines().find_map(|l| l.trim().strip_prefix("connected_slaves:")).and_then(|n| n.parse::<u32>().ok()).unwrap_or(0);
            if connected < want {
                short.push(format!("{node} has {connected} connected replica(s)"));
            }
        }
        if short.is_empty() {
            return Ok(());
        }
        Err(StoreError(format!(
            "CINDER_REDIS_WAIT_REPLICAS={want}, but {}: every create, open and burn would be refused. Start the \
             replicas (replicaof) first, or lower CINDER_REDIS_WAIT_REPLICAS (0 turns WAIT mode off)",
            short.join("; ")
        )))
    }

    /// Runs a script, then WAIT on its connection: its reply and how many replicas acknowledged.
    pub async fn script<T: FromRedisValue>(&self, invocation: &ScriptInvocation<'_>) -> Result<(T, Acked), StoreError> {
        let mut conn = self.checkout().await?;
        let limit = DEADLINE + self.settings.timeout;
        let result = deadline_of(limit, invocation.invoke_async(&mut conn)).await;
        self.finish(conn, result)
    }

    /// Runs one command, then WAIT on its connection.
    pub async fn query<T: FromRedisValue>(&self, cmd: &Cmd) -> Result<(T, Acked), StoreError> {
        let mut conn = self.checkout().await?;
        let limit = DEADLINE + self.settings.timeout;
        let result = deadline_of(limit, cmd.query_async(&mut conn)).await;
        self.finish(conn, result)
    }

    async fn checkout(&self) -> Result<Waiting, StoreError> {
        let idle = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let conn = match idle {
            Some(c) => c,
            None => Conn::open_with(&self.target, DEADLINE + self.settings.timeout).await?,
        };
        Ok(Waiting { conn, settings: self.settings, acked: None })
    }

    /// Gives a connection back after a clean answer (one that failed may still have a WAIT pending: dropped).
    fn finish<T>(&self, conn: Waiting, result: Result<T, StoreError>) -> Result<(T, Acked), StoreError> {
        let value = result?;
        let Some(got) = conn.acked else {
            return Err(StoreError("a WAITed Redis step got no WAIT answer".into()));
        };
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() < POOL {
            idle.push(conn.conn);
        }
        Ok((value, Acked(Some((got, self.settings.replicas)))))
    }
}

/// A checked-out connection that sends every command as a pipeline with a WAIT after it, and keeps WAIT's answer.
struct Waiting {
    conn: Conn,
    settings: WaitSettings,
    acked: Option<i64>,
}

impl ConnectionLike for Waiting {
    fn req_packed_command<'a>(&'a mut self, cmd: &'a Cmd) -> RedisFuture<'a, Value> {
        Box::pin(async move {
            // SCRIPT LOAD (after a NOSCRIPT) goes to every node by itself and writes no data: no WAIT.
            if matches!(cmd.args_iter().next(), Some(redis::Arg::Simple(name)) if name.eq_ignore_ascii_case(b"SCRIPT")) {
                return self.conn.req_packed_command(cmd).await;
            }
            let mut pipe = Pipeline::new();
            let timeout_ms = u64::try_from(self.settings.timeout.as_millis()).unwrap_or(u64::MAX);
            pipe.add_command(cmd.clone()).cmd("WAIT").arg(self.settings.replicas).arg(timeout_ms);
            let mut values = self.conn.req_packed_commands(&pipe, 0, 2).await?;
            let (Some(wait), Some(reply), true) = (values.pop(), values.pop(), values.is_empty()) else {
                return Err(redis::RedisError::from((redis::ErrorKind::Client, "a WAIT pipeline got an unexpected answer")));
            };
            self.acked = Some(i64::from_redis_value(wait.extract_error()?)?);
            reply.extract_error()
        })
    }

    fn req_packed_commands<'a>(&'a mut self, pipeline: &'a Pipeline, offset: usize, count: usize) -> RedisFuture<'a, Vec<Value>> {
        self.conn.req_packed_commands(pipeline, offset, count)
    }

    fn get_db(&self) -> i64 {
        self.conn.get_db()
    }
}

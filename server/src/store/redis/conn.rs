//! The connection to Redis (one server or a cluster) and the rules every command follows: a short deadline, no
//! automatic retry of a command that may have run, and errors turned into [`StoreError`] (answered 503).

use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use redis::aio::{ConnectionLike, ConnectionManager, ConnectionManagerConfig};
use redis::cluster_async::ClusterConnection;
use redis::{Cmd, FromRedisValue, Pipeline, RedisFuture, ScriptInvocation, Value};

use super::super::StoreError;

/// Longest wait for one command's answer: an unreachable Redis must give a fast 503, never a hang.
pub const DEADLINE: Duration = Duration::from_secs(2);
/// Longest wait for a new TCP connection (reconnects included).
const CONNECT: Duration = Duration::from_secs(1);
/// A cluster connection is rebuilt at most this often.
const REBUILD_EVERY: Duration = Duration::from_secs(2);

/// Where the data is: one server, or a cluster given by some of its nodes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// `redis://` or `rediss://` URL of one server (password or ACL user in the URL).
    Single(String),
    /// URLs of cluster nodes (any, the rest is discovered).
    Cluster(Vec<String>),
}

/// A cheap-to-clone handle on the connection.
#[derive(Clone)]
pub enum Conn {
    /// A reconnecting multiplexed connection to one server.
    Single(ConnectionManager),
    /// The cluster client's connection, routing each command by its keys' slot.
    Cluster(Arc<Cluster>),
}

/// A cluster connection that can be replaced by a fresh one (see [`Conn::rebuild`]).
pub struct Cluster {
    client: redis::cluster::ClusterClient,
    conn: RwLock<ClusterConnection>,
    rebuilt: Mutex<Option<Instant>>,
}

impl Cluster {
    fn current(&self) -> ClusterConnection {
        self.conn.read().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

impl Conn {
    /// Connects. Fails (fast) when Redis is unreachable.
    pub async fn open(target: &Target) -> Result<Conn, StoreError> {
        Conn::open_with(target, DEADLINE).await
    }

    /// Connects, waiting up to `response` for each answer (longer than [`DEADLINE`] for a connection that WAITs).
    pub async fn open_with(target: &Target, response: Duration) -> Result<Conn, StoreError> {
        let fail = |e: redis::RedisError| StoreError::io("connecting to Redis", e);
        // rediss://: rustls needs a process-wide crypto provider; ring is the server's crypto already. Installing it
        // twice (a second store in one process) is refused harmlessly.
        let _ = rustls::crypto::ring::default_provider().install_default();
        match target {
            Target::Single(url) => {
                let client = redis::Client::open(url.as_str()).map_err(fail)?;
                // Reconnection is attempted a few times in the background; a command never waits past DEADLINE.
                let config = ConnectionManagerConfig::new()
                    .set_connection_timeout(Some(CONNECT))
                    .set_response_timeout(Some(response))
                    .set_number_of_retries(2)
                    .set_max_delay(Duration::from_millis(500));
                let manager = deadline(ConnectionManager::new_with_config(client, config)).await?;
                Ok(Conn::Single(manager))
            }
            Target::Cluster(nodes) => {
                // retries(0): the cluster client would otherwise resend a command after a dropped connection, and a
                // script that had run would count a wrong guess twice. A moved slot then answers 503 once.
                let client = redis::cluster::ClusterClientBuilder::new(nodes.iter().map(String::as_str))
                    .retries(0)
                    .connection_timeout(CONNECT)
                    .response_timeout(response)
                    .build()
                    .map_err(fail)?;
                let conn = deadline(client.get_async_connection()).await?;
                Ok(Conn::Cluster(Arc::new(Cluster { client, conn: RwLock::new(conn), rebuilt: Mutex::new(None) })))
            }
        }
    }

    /// Runs one command.
    pub async fn query<T: FromRedisValue>(&self, cmd: &Cmd) -> Result<T, StoreError> {
        let mut conn = self.clone();
        deadline(cmd.query_async(&mut conn)).await
    }

    /// Runs a script (by SHA, loading it on the first NOSCRIPT).
    pub async fn script<T: FromRedisValue>(&self, invocation: &ScriptInvocation<'_>) -> Result<T, StoreError> {
        let mut conn = self.clone();
        deadline(invocation.invoke_async(&mut conn)).await
    }

    /// Cluster only: replaces the connection by a fresh one that reads the topology again (at most every
    /// [`REBUILD_EVERY`]). Why: redis-rs refreshes its slot map after a failed single-key command, never after a failed
    /// command sent to every primary. After a failover that left the old primary dead, `/readyz` (all a load balancer
    /// sends to a server it took out) would fail forever on the dead node without this.
    pub async fn rebuild(&self) {
        let Conn::Cluster(c) = self else { return };
        {
            let mut last = c.rebuilt.lock().unwrap_or_else(|e| e.into_inner());
            if last.is_some_and(|t| t.elapsed() < REBUILD_EVERY) {
                return;
            }
            *last = Some(Instant::now());
        }
        match deadline(c.client.get_async_connection()).await {
            Ok(fresh) => *c.conn.write().unwrap_or_else(|e| e.into_inner()) = fresh,
            Err(e) => tracing::warn!(error = %e, "reconnecting to the Redis Cluster failed; retried on the next readiness check"),
        }
    }

    /// Runs a command on every primary (cluster) or the one server, each answer separately.
    pub async fn on_every_primary(&self, cmd: &Cmd) -> Result<Vec<(String, Value)>, StoreError> {
        match self {
            Conn::Single(_) => Ok(vec![("redis".to_owned(), self.query(cmd).await?)]),
            Conn::Cluster(c) => {
                use redis::cluster_routing::{MultipleNodeRoutingInfo, RoutingInfo};
                let mut c = c.current();
                let routing = RoutingInfo::MultiNode((MultipleNodeRoutingInfo::AllMasters, None));
                let value = deadline(c.route_command(cmd.clone(), routing)).await?;
                match value {
                    Value::Map(pairs) => {
                        Ok(pairs.into_iter().map(|(node, v)| (String::from_redis_value(node).unwrap_or_else(|_| "?".into()), v)).collect())
                    }
                    other => Ok(vec![("cluster".to_owned(), other)]),
                }
            }
        }
    }
}

/// Bounds a Redis call by [`DEADLINE`] (plus a little, so the client's own timeout speaks first when it can).
async fn deadline<T>(call: impl std::future::Future<Output = redis::RedisResult<T>>) -> Result<T, StoreError> {
    deadline_of(DEADLINE, call).await
}

/// Bounds a Redis call by `limit` (plus a little, as [`deadline`]).
pub async fn deadline_of<T>(limit: Duration, call: impl std::future::Future<Output = redis::RedisResult<T>>) -> Result<T, StoreError> {
    match tokio::time::timeout(limit + Duration::from_millis(500), call).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(StoreError::io("Redis", e)),
        Err(_) => Err(StoreError(format!("Redis did not answer within {} ms", limit.as_millis()))),
    }
}

impl ConnectionLike for Conn {
    fn req_packed_command<'a>(&'a mut self, cmd: &'a Cmd) -> RedisFuture<'a, Value> {
        match self {
            Conn::Single(c) => c.req_packed_command(cmd),
            Conn::Cluster(c) => {
                let mut c = c.current();
                Box::pin(async move { c.req_packed_command(cmd).await })
            }
        }
    }

    fn req_packed_commands<'a>(&'a mut self, pipeline: &'a Pipeline, offset: usize, count: usize) -> RedisFuture<'a, Vec<Value>> {
        match self {
            Conn::Single(c) => c.req_packed_commands(pipeline, offset, count),
            Conn::Cluster(c) => {
                let mut c = c.current();
                Box::pin(async move { c.req_packed_commands(pipeline, offset, count).await })
            }
        }
    }

    fn get_db(&self) -> i64 {
        match self {
            Conn::Single(c) => c.get_db(),
            Conn::Cluster(c) => c.current().get_db(),
        }
    }
}

package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lxdjava.core.LxdApiException;
import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.LxdTransportException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ConnectionPool;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.OutputStreamRequestContent;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends JSON requests to LXD and decodes its envelope: sync and async replies are returned, error
 * envelopes become typed {@link LxdApiException}s chosen by {@code error_code}.
 */
public final class RestClient {
  private static final Logger LOG = LoggerFactory.getLogger(RestClient.class);

  /** Bytes a download body closed early reads and discards before it drops the connection. */
  public static final long DEFAULT_DRAIN_LIMIT = 1024 * 1024;

  /** Maximum wait for a connection to return to the pool after its response completed. */
  static final Duration RELEASE_WAIT = Duration.ofMillis(20);

  /** Largest JSON reply read into memory; bigger bodies are downloads and are streamed. */
  static final int MAX_JSON_BYTES = 64 * 1024 * 1024;

  private final Connection connection;
  private final ObjectMapper json;
  private final Duration requestTimeout;
  private volatile Set<String> apiExtensions;

  public RestClient(Connection connection, ObjectMapper json, Duration requestTimeout) {
    this.connection = connection;
    this.json = json;
    this.requestTimeout = requestTimeout;
  }

  /** The JSON mapper shared by the adapters. */
  public ObjectMapper json() {
    return json;
  }

  /** Where requests go, for messages. */
  public Connection connection() {
    return connection;
  }

  /** Sends a GET. */
  public LxdResponse get(LxdPath path) {
    return send("GET", path, null, null, requestTimeout);
  }

  /** Sends a request with an optional JSON body. */
  public LxdResponse send(String method, LxdPath path, Object body) {
    return send(method, path, body, null, requestTimeout);
  }

  /**
   * Sends an update with an optional JSON body and {@code If-Match}.
   *
   * @param ifMatch ETag for {@code If-Match}; empty or {@code null} sends none
   */
  public LxdResponse send(String method, LxdPath path, Object body, String ifMatch) {
    return send(method, path, body, ifMatch, requestTimeout);
  }

  /**
   * Sends a request and decodes the reply.
   *
   * @param body value serialized as JSON, or {@code null} for none
   * @param ifMatch ETag for {@code If-Match}, or {@code null}
   * @param timeout total time allowed for the request and its reply
   */
  public LxdResponse send(
      String method, LxdPath path, Object body, String ifMatch, Duration timeout) {
    String target = path.toString();
    Request request = connection.newRequest(method, target);
    request.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    // Every request sets its own idle timeout: QuietConnectionPool shortens the connection's.
    request.idleTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    request.headers(headers -> headers.put(HttpHeader.ACCEPT, "application/json"));
    if (ifMatch != null && !ifMatch.isEmpty()) {
      request.headers(headers -> headers.put(HttpHeader.IF_MATCH, ifMatch));
    }
    if (body != null) {
      request.body(new BytesRequestContent("application/json", toJson(body)));
    }
    long started = System.nanoTime();
    ContentResponse response = execute(request, method, target);
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    LOG.debug("{} {} -> {} in {} ms", method, target, response.getStatus(), elapsedMs);
    return decode(method, target, response);
  }

  /**
   * Sends a request whose body is streamed from {@code body} without buffering it, for uploads such
   * as files and backups. The reply is an ordinary LXD envelope. The request has no total timeout,
   * so large uploads are not cut; {@code idleTimeout} bounds the silence on the connection, also
   * while LXD works on the body before it replies. The stream is read to its end but not closed: it
   * belongs to the caller.
   *
   * @param headers extra request headers, for example {@code X-LXD-mode}
   */
  public LxdResponse sendStream(
      String method,
      LxdPath path,
      InputStream body,
      String contentType,
      Map<String, String> headers,
      Duration idleTimeout) {
    String target = path.toString();
    Request request = connection.newRequest(method, target);
    request.idleTimeout(idleTimeout.toMillis(), TimeUnit.MILLISECONDS);
    request.headers(
        fields -> {
          fields.put(HttpHeader.ACCEPT, "application/json");
          headers.forEach(fields::put);
        });
    // LXD parses an upload sent without a content type as a form and reads the body away.
    OutputStreamRequestContent content = new OutputStreamRequestContent(contentType);
    request.body(content);
    long started = System.nanoTime();
    CompletableFuture<ContentResponse> reply =
        new CompletableResponseListener(request, MAX_JSON_BYTES).send();
    IOException writeFailure = BodyCopy.copy(body, content, request, method, target);
    ContentResponse response = awaitReply(reply, request, method, target, writeFailure);
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    LOG.debug(
        "{} {} (streamed body) -> {} in {} ms", method, target, response.getStatus(), elapsedMs);
    return decode(method, target, response);
  }

  /**
   * Waits for the reply to an upload. LXD may reply, with an error, before it read the whole body;
   * that reply wins over the failure to write the rest.
   */
  private ContentResponse awaitReply(
      CompletableFuture<ContentResponse> reply,
      Request request,
      String method,
      String target,
      IOException writeFailure) {
    try {
      ContentResponse response = reply.get();
      awaitRelease(request);
      return response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      request.abort(e);
      throw new LxdTransportException("interrupted while waiting for " + method + " " + target, e);
    } catch (ExecutionException e) {
      throw transportFailure(method, target, writeFailure != null ? writeFailure : e.getCause());
    }
  }

  /**
   * Starts a GET whose successful body is returned as a stream; see {@link #download(LxdPath, Map,
   * Duration, long)}. Closing the body early discards up to {@link #DEFAULT_DRAIN_LIMIT} bytes of
   * the rest before it drops the connection.
   */
  public Download download(LxdPath path, Map<String, String> headers, Duration idleTimeout) {
    return download(path, headers, idleTimeout, DEFAULT_DRAIN_LIMIT);
  }

  /**
   * Starts a GET whose successful body is returned as a stream. An error reply (status 400 or more)
   * is read whole and raised as the typed LXD error. The request has no total timeout, so large
   * downloads are not cut; {@code idleTimeout} bounds the silence between two reads.
   *
   * @param headers extra request headers
   * @param drainLimit how many bytes of the rest closing the body early reads and discards before
   *     it drops the connection instead
   */
  public Download download(
      LxdPath path, Map<String, String> headers, Duration idleTimeout, long drainLimit) {
    String target = path.toString();
    Request request = connection.newRequest("GET", target);
    request.idleTimeout(idleTimeout.toMillis(), TimeUnit.MILLISECONDS);
    request.headers(fields -> headers.forEach(fields::put));
    InputStreamResponseListener listener = new InputStreamResponseListener();
    long started = System.nanoTime();
    request.send(listener);
    Response response;
    try {
      response = listener.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      request.abort(e);
      throw new LxdTransportException("interrupted while waiting for GET " + target, e);
    } catch (TimeoutException e) {
      request.abort(e);
      throw transportFailure("GET", target, e);
    } catch (ExecutionException e) {
      throw transportFailure("GET", target, e.getCause());
    }
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    LOG.debug("GET {} (streamed reply) -> {} in {} ms", target, response.getStatus(), elapsedMs);
    InputStream body = listener.getInputStream();
    if (response.getStatus() >= 400) {
      byte[] content;
      try (body) {
        content = body.readNBytes(MAX_JSON_BYTES);
      } catch (IOException e) {
        throw transportFailure("GET", target, e);
      }
      decode("GET", target, response.getStatus(), content, response.getHeaders());
      throw new LxdProtocolException(
          "GET " + target + ": HTTP " + response.getStatus() + " without an error envelope");
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (HttpField field : response.getHeaders()) {
      names.putIfAbsent(field.getLowerCaseName(), field.getValue());
    }
    return new Download(
        response.getStatus(),
        names,
        new DownloadStream(body, request, drainLimit, () -> awaitRelease(request)));
  }

  /**
   * Returns the API extensions the daemon lists at {@code GET /1.0}. They are read on first use and
   * kept for the life of this client, because a daemon's extensions change only when it restarts.
   */
  public Set<String> apiExtensions() {
    Set<String> known = apiExtensions;
    if (known == null) {
      JsonNode list = get(LxdPath.of()).metadata().path("api_extensions");
      Set<String> read = new LinkedHashSet<>();
      list.forEach(item -> read.add(item.asText()));
      known = Collections.unmodifiableSet(read);
      apiExtensions = known;
    }
    return known;
  }

  /** Decodes an envelope read by other means, such as the body of a {@link Download}. */
  LxdResponse decode(String method, String target, int status, byte[] content) {
    return decode(method, target, status, content, HttpFields.EMPTY);
  }

  private byte[] toJson(Object body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new LxdProtocolException("cannot encode request body as JSON: " + e.getMessage(), e);
    }
  }

  private ContentResponse execute(Request request, String method, String target) {
    try {
      ContentResponse response =
          new CompletableResponseListener(request, MAX_JSON_BYTES).send().get();
      awaitRelease(request);
      return response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      request.abort(e);
      throw new LxdTransportException("interrupted while waiting for " + method + " " + target, e);
    } catch (ExecutionException e) {
      throw transportFailure(method, target, e.getCause());
    }
  }

  /**
   * Waits up to {@link #RELEASE_WAIT} until the connection that served {@code request} is back in
   * the pool. Jetty completes a response before it releases the connection, so a caller's next
   * request would otherwise often find no idle connection and open a new one that then stays
   * unused; see {@link QuietConnectionPool}.
   */
  private void awaitRelease(Request request) {
    org.eclipse.jetty.client.Connection served = request.getConnection();
    if (served == null) {
      return;
    }
    ConnectionPool pool = connection.httpClient().resolveDestination(request).getConnectionPool();
    long deadline = System.nanoTime() + RELEASE_WAIT.toNanos();
    while (pool.isActive(served) && System.nanoTime() - deadline < 0) {
      Thread.onSpinWait();
    }
  }

  /**
   * Builds the error for a request that got no reply. The messages of Jetty's timeouts name the
   * limit that ran out (total or idle). A timeout without a message is the wait for the headers of
   * a download.
   */
  LxdTransportException transportFailure(String method, String target, Throwable cause) {
    String reason;
    if (cause.getMessage() != null) {
      reason = cause.getMessage();
    } else if (cause instanceof TimeoutException) {
      reason = "no reply within " + requestTimeout.toSeconds() + " s";
    } else {
      reason = cause.getClass().getSimpleName();
    }
    return new LxdTransportException(
        method + " " + target + " via " + connection.describe() + " failed: " + reason, cause);
  }

  private LxdResponse decode(String method, String target, ContentResponse response) {
    return decode(
        method, target, response.getStatus(), response.getContent(), response.getHeaders());
  }

  /** Decodes an envelope; error envelopes are raised as typed errors. */
  LxdResponse decode(String method, String target, int status, byte[] content, HttpFields headers) {
    return Envelopes.decode(json, method, target, status, content, headers);
  }
}

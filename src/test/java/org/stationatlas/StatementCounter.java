package org.stationatlas;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;

/**
 * Counts the SQL statements MyBatis runs, so a test can prove a nested query costs a
 * handful of statements.
 */
@Intercepts({
		@Signature(type = Executor.class, method = "query",
				args = { MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class }),
		@Signature(type = Executor.class, method = "update", args = { MappedStatement.class, Object.class }) })
public class StatementCounter implements Interceptor {

	private final AtomicLong count = new AtomicLong();

	@Override
	public Object intercept(Invocation invocation) throws Throwable {
		this.count.incrementAndGet();
		return invocation.proceed();
	}

	public long count() {
		return this.count.get();
	}

}

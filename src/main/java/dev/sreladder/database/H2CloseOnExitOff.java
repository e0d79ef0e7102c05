package dev.sreladder.database;

import java.util.Locale;

import org.springframework.beans.factory.config.BeanPostProcessor;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Turns off H2's own shutdown hook for an embedded H2 URL (adds {@code DB_CLOSE_ON_EXIT=FALSE}).
 * On Ctrl-C that hook would close the database under a unit of work in flight; instead
 * {@link Database#close()} lets it finish, then the pool closes and H2 with it.
 */
public final class H2CloseOnExitOff implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource) {
            dataSource.setJdbcUrl(withCloseOnExitOff(dataSource.getJdbcUrl()));
        }
        return bean;
    }

    static String withCloseOnExitOff(String url) {
        if (!new DatabaseUrl(url).embeddedH2() || url.toUpperCase(Locale.ROOT).contains("DB_CLOSE_ON_EXIT")) {
            return url;
        }
        return url + ";DB_CLOSE_ON_EXIT=FALSE";
    }
}

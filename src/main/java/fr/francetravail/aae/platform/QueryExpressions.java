package fr.francetravail.aae.platform;

import java.beans.FeatureDescriptor;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.el.CommandContextFunctions;
import org.camunda.bpm.engine.impl.el.DateTimeFunctions;
import org.camunda.bpm.engine.impl.el.ProcessEngineElContext;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ExpressionFactory;
import org.camunda.bpm.impl.juel.jakarta.el.FunctionMapper;
import org.joda.time.DateTime;

/**
 * The only expressions a task query or a Tasklist filter may hold, wherever it comes from: the current user, their
 * groups, and a date ({@code now()}, or {@code dateTime()} moved by {@code plusDays(2)}, {@code minusHours(1)}… and
 * optionally {@code toDate()}). The text must match this allow-list before anything is evaluated, and it is then
 * evaluated in a sandbox that knows these four functions and the date's own methods, no bean and no other method.
 */
final class QueryExpressions {

    static final String ALLOWED_FORMS = "${currentUser()}, ${currentUserGroups()}, ${now()}"
            + " ou ${dateTime()} suivi d'au plus cinq plusDays(n), minusHours(n)… (Years, Months, Weeks, Days, Hours, Minutes,"
            + " Seconds) et éventuellement de toDate()";

    private static final String DATE_TIME_METHOD = "(?:plus|minus)(?:Years|Months|Weeks|Days|Hours|Minutes|Seconds)";
    private static final Pattern ALLOWED = Pattern.compile("\\$\\{\\s*(?:currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
            + "|dateTime\\(\\)(?:\\." + DATE_TIME_METHOD + "\\(\\s*\\d{1,5}\\s*\\)){0,5}(?:\\.toDate\\(\\))?)\\s*}");
    private static final Pattern DATE_TIME_METHODS = Pattern.compile(DATE_TIME_METHOD + "|toDate");

    private static final Map<String, Method> FUNCTIONS = Map.of(
            CommandContextFunctions.CURRENT_USER, ReflectUtil.getMethod(CommandContextFunctions.class, CommandContextFunctions.CURRENT_USER),
            CommandContextFunctions.CURRENT_USER_GROUPS,
            ReflectUtil.getMethod(CommandContextFunctions.class, CommandContextFunctions.CURRENT_USER_GROUPS),
            DateTimeFunctions.NOW, ReflectUtil.getMethod(DateTimeFunctions.class, DateTimeFunctions.NOW),
            DateTimeFunctions.DATE_TIME, ReflectUtil.getMethod(DateTimeFunctions.class, DateTimeFunctions.DATE_TIME));

    private static final ExpressionFactory FACTORY = new ExpressionFactoryImpl();
    private static final FunctionMapper ONLY_FUNCTIONS = new FunctionMapper() {
        @Override
        public Method resolveFunction(String prefix, String localName) {
            return prefix == null || prefix.isBlank() ? FUNCTIONS.get(localName) : null;
        }
    };
    private static final ELResolver ONLY_DATE_TIME_METHODS = new DateTimeMethods();

    private QueryExpressions() {
    }

    /** Refuses the text unless it is one of the allowed forms; {@code field} names where it was found. */
    static void check(String field, String expression) {
        if (expression == null || !ALLOWED.matcher(expression).matches()) {
            throw new Refused(field + " : expression interdite dans une requête de tâches ; seules sont permises " + ALLOWED_FORMS);
        }
    }

    /** Checks every expression of the query and of its or-queries. */
    static void checkAll(AbstractQuery<?, ?> query) {
        query.getExpressions().forEach(QueryExpressions::check);
        if (query instanceof TaskQueryImpl taskQuery) {
            taskQuery.getQueries().stream().filter(orQuery -> orQuery != query)
                    .forEach(orQuery -> orQuery.getExpressions().forEach(QueryExpressions::check));
        }
    }

    /** Checks the text, then evaluates it in the sandbox. */
    static Object evaluate(String expression) {
        check("expression", expression);
        ELContext sandbox = new ProcessEngineElContext(ONLY_FUNCTIONS, ONLY_DATE_TIME_METHODS);
        return FACTORY.createValueExpression(sandbox, expression, Object.class).getValue(sandbox);
    }

    /** A query expression outside the allow-list; answered 400 by both REST doors. */
    static final class Refused extends BadUserRequestException {

        Refused(String message) {
            super(message);
        }
    }

    /** Resolves no name and invokes nothing but the allowed methods of the date {@code dateTime()} returns. */
    private static final class DateTimeMethods extends ELResolver {

        private final ELResolver beans = new BeanELResolver(true);

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            if (base instanceof DateTime && method instanceof String name && DATE_TIME_METHODS.matcher(name).matches()) {
                return beans.invoke(context, base, method, paramTypes, params);
            }
            return null;
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            // resolves nothing: the evaluation fails
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return true;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return null;
        }
    }
}

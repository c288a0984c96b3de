package cn.scast.tianfu.popscience.push;

import cn.scast.tianfu.imports.JobControl;
import cn.scast.tianfu.popscience.PopScienceItemView;
import cn.scast.tianfu.popscience.PopScienceItems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.Properties;

/**
 * Publishes an item and starts the push job that delivers it to the matching subscribers; the publication commits
 * before the job starts, and the execution is recorded on the item.
 */
@Stateless
@RolesAllowed({"admin", "city-staff"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PopSciencePushStarter {

    public static final String JOB = "popscience-push";

    @EJB
    private PopScienceItems items;

    @EJB
    private JobControl jobs;

    public PopScienceItemView publishAndPush(long itemId) {
        items.publish(itemId);
        Properties parameters = new Properties();
        parameters.setProperty("itemId", String.valueOf(itemId));
        long execution = jobs.start(JOB, parameters);
        items.pushStarted(itemId, execution);
        return items.item(itemId);
    }
}

package cn.scast.tianfu.popscience;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;

/** Choices for the 智慧科普 pages: topics, audiences and kinds with their labels (cities and counties: CityChoices). */
@Named
@RequestScoped
public class RegionChoices {

    public List<PopScienceTopic> getTopics() {
        return Arrays.asList(PopScienceTopic.values());
    }

    public List<Audience> getAudiences() {
        return Arrays.asList(Audience.values());
    }

    public List<PopScienceKind> getKinds() {
        return Arrays.asList(PopScienceKind.values());
    }
}

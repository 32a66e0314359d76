// Tasklist 7.24 completes a task silently (it just leaves the list) and counts the tasks of the selected filter only.
// This module, listed in config.js customScripts and run before Tasklist starts, says when a task is completed and
// shows the number of tasks of every filter, counted when Tasklist loads its filters and again after each completion.
// Tasklist talks to the engine through its client `camAPIHttpClient` (not AngularJS's $http): the module wraps that
// client's requests.

const COMPLETION = /(^|\/)task\/[^/]+\/(submit-form|complete)$/;
const FILTER_LIST = /(^|\/)filter\/?$/;
const FOCUSED_COUNT = '<span ng-show="isFocused(filter)"\n              class="counter">{{ filterCount }}</span>';
const EVERY_COUNT = '<span class="counter">{{ isFocused(filter) ? filterCount : filter.itemCount }}</span>';
const COMPLETED = 'aae.task.completed';

window.angular.module('cam.tasklist').config(['$provide', $provide => {
  $provide.decorator('camAPIHttpClient', ['$delegate', '$injector', (HttpClient, $injector) => {
    const get = HttpClient.prototype.get;
    HttpClient.prototype.get = function (path, options) {
      if (FILTER_LIST.test(path) && options && options.data && options.data.itemCount === false) {
        options.data.itemCount = true;
      }
      return get.call(this, path, options);
    };
    const post = HttpClient.prototype.post;
    HttpClient.prototype.post = function (path, options) {
      if (COMPLETION.test(path) && options) {
        const done = options.done;
        options.done = function (error, ...results) {
          if (!error) {
            const $rootScope = $injector.get('$rootScope');
            $rootScope.$evalAsync(() => $rootScope.$broadcast(COMPLETED));
            $injector.get('Notifications').addMessage({
              type: 'success',
              status: 'Tâche terminée',
              message: 'Votre saisie est enregistrée ; la suite de l\'opération est lancée.',
              duration: 6000
            });
          }
          return typeof done === 'function' ? done.call(this, error, ...results) : undefined;
        };
      }
      return post.call(this, path, options);
    };
    return HttpClient;
  }]);

  $provide.decorator('camTasklistFiltersDirective', ['$delegate', $delegate => {
    const directive = $delegate[0];
    const controller = directive.controller;
    if (directive.template.includes(FOCUSED_COUNT) && Array.isArray(controller) && controller[0] === '$scope') {
      directive.template = directive.template.replace(FOCUSED_COUNT, EVERY_COUNT);
      const construct = controller[controller.length - 1];
      // the filters counted again once a task is completed (their list reloaded, the counts with it)
      directive.controller = [...controller.slice(0, -1), function (scope, ...services) {
        construct.call(this, scope, ...services);
        scope.$on(COMPLETED, () => scope.filtersData.changed('filters'));
      }];
    } else {
      console.warn('AAE : liste des filtres de Tasklist inattendue, nombres de tâches non affichés');
    }
    return $delegate;
  }]);
}]);
